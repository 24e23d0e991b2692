import { describe, expect, it } from 'vitest';
import {
  bylineOf,
  isPlaceholder,
  isSampleData,
  markedDescription,
  markedKind,
  markedTitle,
  pageRobots,
  robotsTxt,
  sampleSettingProblem,
  siteOwner,
  siteTagline,
  unsetIdentityFields,
  type SampleSettings,
  type SampleWording,
} from '../../src/lib/sample-mode';

const wording: SampleWording = {
  mark: 'Nội dung minh họa',
  notSet: 'chưa cấu hình',
  noOffice: 'trang mẫu, chưa có cơ quan chủ quản',
  byline: 'Nhóm biên soạn trang mẫu',
};

const sample: SampleSettings = {
  sample: true,
  name: 'Làm theo Bác',
  office: '',
  responsible: '',
  url: 'https://lam-theo-bac.example',
  contact: { address: '', phone: '', email: '' },
  permit: '',
};

const office: SampleSettings = {
  sample: false,
  name: 'Làm theo Bác',
  office: 'Ban Tuyên giáo và Dân vận Tỉnh ủy X',
  responsible: 'Nguyễn Văn A, Phó Trưởng Ban',
  url: 'https://lamtheobac.x.vn',
  contact: { address: 'Số 1 đường Y, phường Z', phone: '0255 3 822 000', email: 'lienhe@x.vn' },
  permit: '',
};

describe('isPlaceholder', () => {
  it('takes empty values and the reserved .example domain for unfilled ones', () => {
    expect(['', '   ', 'https://lam-theo-bac.example', 'lienhe@lam-theo-bac.example', 'https://a.example/'].map(isPlaceholder)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('takes a real value, even one that contains the word, for a filled one', () => {
    expect(['https://examples.vn', 'lienhe@x.vn', 'Ví dụ: example', 'https://x.example-site.vn'].map(isPlaceholder)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('sampleSettingProblem', () => {
  it('lets a sample build, whatever its identity says', () => {
    expect(sampleSettingProblem(sample)).toBeUndefined();
  });

  it('refuses to turn the sample off while identity fields are empty or .example, naming each in Vietnamese', () => {
    const problem = sampleSettingProblem({ ...sample, sample: false });
    expect(problem).toContain('src/site.config.ts');
    expect(problem).toContain('chưa tắt được chế độ trang mẫu');
    expect(problem).toContain('office, responsible, url, contact.address, contact.phone, contact.email');
  });

  it('names only what is still missing', () => {
    expect(unsetIdentityFields({ ...office, contact: { ...office.contact, email: 'lienhe@lam-theo-bac.example' } })).toEqual([
      'contact.email',
    ]);
  });

  it('lets an office with its identity filled in build without the sample', () => {
    expect(sampleSettingProblem(office)).toBeUndefined();
  });
});

describe('siteOwner', () => {
  it('names no office on a sample, and says "chưa cấu hình" for each missing line', () => {
    const owner = siteOwner({ ...sample, office: 'Ban Tuyên giáo và Dân vận Tỉnh ủy X' }, wording);
    expect(owner.office).toBeUndefined();
    expect(owner.publisher).toBe('Làm theo Bác (trang mẫu, chưa có cơ quan chủ quản)');
    expect(owner.masthead).toBe('Trang mẫu, chưa có cơ quan chủ quản');
    expect(owner.sourceLine).toBe('Làm theo Bác, trang mẫu, chưa có cơ quan chủ quản');
    expect(owner.officeLine).toEqual({ text: 'chưa cấu hình' });
    expect([owner.responsible, owner.address, owner.phone, owner.email, owner.permit]).toEqual(Array(5).fill({ text: 'chưa cấu hình' }));
  });

  it('shows what a sample has filled in, with its links', () => {
    const owner = siteOwner({ ...sample, contact: { address: '', phone: '0255 3.822.000', email: 'a@b.vn' } }, wording);
    expect(owner.phone).toEqual({ text: '0255 3.822.000', href: 'tel:02553822000' });
    expect(owner.email).toEqual({ text: 'a@b.vn', href: 'mailto:a@b.vn' });
  });

  it("names the office everywhere on an office's site, and hides a permit it does not have", () => {
    const owner = siteOwner(office, wording);
    expect(owner).toMatchObject({
      sample: false,
      office: office.office,
      publisher: office.office,
      masthead: office.office,
      sourceLine: `Làm theo Bác, ${office.office}`,
      officeLine: { text: office.office },
      responsible: { text: office.responsible },
    });
    expect(owner.permit).toBeUndefined();
    expect(siteOwner({ ...office, permit: 'Giấy phép số 1/GP-STTTT' }, wording).permit).toEqual({ text: 'Giấy phép số 1/GP-STTTT' });
  });
});

describe('bylineOf', () => {
  it('never prints a department of an office on a sample site', () => {
    expect(bylineOf('Phòng Tuyên truyền', siteOwner(sample, wording), wording)).toBe('Nhóm biên soạn trang mẫu');
  });

  it("prints the author on an office's site, else the office", () => {
    const owner = siteOwner(office, wording);
    expect(bylineOf('Phòng Tuyên truyền', owner, wording)).toBe('Phòng Tuyên truyền');
    expect(bylineOf(undefined, owner, wording)).toBe(office.office);
  });
});

describe('robots', () => {
  it('keeps every crawler out of a sample site', () => {
    expect(robotsTxt(true, 'https://a.example/sitemap-index.xml')).toBe('User-agent: *\nDisallow: /\n');
  });

  it("lets crawlers into an office's site and names its sitemap", () => {
    expect(robotsTxt(false, 'https://x.vn/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x.vn/sitemap-index.xml\n');
  });

  it('marks every page of a sample noindex, and tells a page that is never a result from the site being a sample', () => {
    expect([pageRobots(false, true), pageRobots(true, true), pageRobots(true, false), pageRobots(false, false)]).toEqual([
      'noindex, nofollow',
      'noindex',
      'noindex',
      undefined,
    ]);
  });
});

describe('marks of sample items', () => {
  it('knows a made-up item by its own flag only', () => {
    expect([isSampleData({ sample: true }), isSampleData({ sample: false }), isSampleData({ title: 'x' })]).toEqual([true, false, false]);
  });

  it('marks titles, descriptions and share-card kinds of sample items and leaves the rest alone', () => {
    expect(markedTitle('Chị Y Ngân', true, wording)).toBe('Chị Y Ngân (Nội dung minh họa)');
    expect(markedDescription('Chị trồng lúa nước.', true, wording)).toBe('Nội dung minh họa: Chị trồng lúa nước.');
    expect(markedKind('Tấm gương bình dị', true, wording)).toBe('Nội dung minh họa');
    expect([markedTitle('A', false, wording), markedDescription('B', false, wording), markedKind('C', false, wording)]).toEqual([
      'A',
      'B',
      'C',
    ]);
  });

  it("says in a sample's feeds that it is one", () => {
    expect(siteTagline('Học tập và làm theo Bác', { sample: true }, wording)).toBe(
      'Học tập và làm theo Bác (trang mẫu, chưa có cơ quan chủ quản)',
    );
    expect(siteTagline('Học tập và làm theo Bác', { sample: false }, wording)).toBe('Học tập và làm theo Bác');
  });
});
