import { describe, expect, it } from 'vitest';
import * as routes from '../../src/lib/routes';

describe('the URL contract', () => {
  it.each([
    [routes.articlePath('hoi-nghi'), '/bai-viet/hoi-nghi/'],
    [routes.storyPath('bac-voi-tay-nguyen', 'thu-gui-pleiku'), '/ke-chuyen-bac-ho/bac-voi-tay-nguyen/thu-gui-pleiku/'],
    [routes.exemplarPath('lang-kon-klor'), '/tam-guong-binh-di/lang-kon-klor/'],
    [routes.questionPath(2026, 1), '/cau-hoi-hang-tuan/2026/tuan-01/'],
    [routes.questionPath(2020, 53), '/cau-hoi-hang-tuan/2020/tuan-53/'],
    [routes.radioPath('/bai-viet/a/'), '/bai-viet/a/ban-doc/'],
    [routes.radioTextPath('/bai-viet/a/'), '/bai-viet/a/ban-doc.txt'],
    [routes.sections.search, '/tim-kiem/'],
    [routes.categoryPath('tin-tuc'), '/bai-viet/chuyen-muc/tin-tuc/'],
    [routes.articleListPath(2), '/bai-viet/trang/2/'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('makes absolute https URLs from the site URL, with or without its trailing slash', () => {
    expect(routes.absoluteUrl('/bai-viet/a/', 'https://example.vn')).toBe('https://example.vn/bai-viet/a/');
    expect(routes.absoluteUrl('/bai-viet/a/', 'https://example.vn/')).toBe('https://example.vn/bai-viet/a/');
  });
});
