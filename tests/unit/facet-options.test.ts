import { describe, expect, it } from 'vitest';
import { filterLinks } from '../../src/lib/facet-options';

describe('filterLinks', () => {
  it('links every value to its page with its label, count and nesting, in the options’ order', () => {
    const options = [
      { slug: 'dak-ha', name: 'Đăk Hà', nested: false, items: ['a', 'b'] },
      { slug: 'ha-mon', name: 'Xã Hà Mòn (Đăk Hà)', nested: true, items: ['b'] },
    ];
    expect(filterLinks(options, (slug) => `/tam-guong-binh-di/dia-ban/${slug}/`)).toEqual([
      { href: '/tam-guong-binh-di/dia-ban/dak-ha/', name: 'Đăk Hà', count: 2, nested: false },
      { href: '/tam-guong-binh-di/dia-ban/ha-mon/', name: 'Xã Hà Mòn (Đăk Hà)', count: 1, nested: true },
    ]);
  });
});
