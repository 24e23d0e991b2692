import { describe, expect, it } from 'vitest';
import { linkPortals } from '../../src/lib/official-portals';

describe('linkPortals', () => {
  it('links the portal a note names, keeping the words around it', () => {
    expect(linkPortals('Toàn văn đăng trên Cổng Thông tin điện tử Đảng Cộng sản Việt Nam.')).toEqual([
      'Toàn văn đăng trên ',
      { text: 'Cổng Thông tin điện tử Đảng Cộng sản Việt Nam', href: 'https://dangcongsan.vn/' },
      '.',
    ]);
  });

  it('links every portal named, in order, and leaves a note naming none whole', () => {
    const portals = [
      { name: 'Cổng A', url: 'https://a.example/' },
      { name: 'Cổng B', url: 'https://b.example/' },
    ];
    expect(linkPortals('Cổng B và Cổng A', portals)).toEqual([
      { text: 'Cổng B', href: 'https://b.example/' },
      ' và ',
      { text: 'Cổng A', href: 'https://a.example/' },
    ]);
    expect(linkPortals('Do Ban Tuyên giáo Trung ương phát hành.')).toEqual(['Do Ban Tuyên giáo Trung ương phát hành.']);
  });
});
