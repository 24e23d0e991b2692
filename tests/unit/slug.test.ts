import { describe, expect, it } from 'vitest';
import { slugFromFileName, slugify } from '../../src/lib/slug';

describe('slugify', () => {
  it.each([
    ['Đắk Hà', 'dak-ha'],
    ['Mô hình hay, cách làm mới', 'mo-hinh-hay-cach-lam-moi'],
    ['Nghiên cứu – Trao đổi', 'nghien-cuu-trao-doi'],
    ['Chỉ thị 05-CT/TW', 'chi-thi-05-ct-tw'],
    ['Ia H’Drai', 'ia-h-drai'],
    ['  --Tin tức--  ', 'tin-tuc'],
    ['ĐOÀN KẾT', 'doan-ket'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('is stable: the same input always gives the same ASCII slug', () => {
    const title = 'Những tấm gương bình dị ở Tu Mơ Rông';
    expect(slugify(title)).toBe(slugify(title.normalize('NFD')));
    expect(slugify(title)).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('slugFromFileName', () => {
  it('uses the file name without folder or extension', () => {
    expect(slugFromFileName('content/articles/2024/Hội nghị trực tuyến.mdx')).toBe('hoi-nghi-truc-tuyen');
    expect(slugFromFileName('a\\b\\Đăk Tô.md')).toBe('dak-to');
  });
});
