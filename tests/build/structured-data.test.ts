/**
 * Structured data as Google's rich-result presets read it (the outside tester flagged each):
 * logos as ImageObjects with a URL, authors with a URL, headlines of at most 110 characters, and
 * the radio and calendar pages describing what they list, not only their trail.
 */
import { describe, expect, it } from 'vitest';
import { HEADLINE_MAX_CHARS } from '../../src/lib/structured-data';
import { builtPages, type BuiltPage } from '../support/dist';

type Ld = Record<string, unknown>;

const pages = builtPages();

/** Every JSON-LD object of a page. */
const ldOf = (page: BuiltPage): Ld[] =>
  page.root.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent) as Ld);

/** Every object nested anywhere in `value`, itself included. */
function objectsIn(value: unknown): Ld[] {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (!value || typeof value !== 'object') return [];
  return [value as Ld, ...Object.values(value).flatMap(objectsIn)];
}

const everyObject = pages.flatMap((page) =>
  ldOf(page)
    .flatMap(objectsIn)
    .map((object) => [page.path, object] as const),
);

describe('structured data', () => {
  it('has objects to check', () => {
    expect(everyObject.length).toBeGreaterThan(pages.length);
  });

  it('gives every logo as an ImageObject with a URL', () => {
    const logos = everyObject.filter(([, object]) => 'logo' in object);
    expect(logos.length).toBeGreaterThan(0);
    const bad = logos.filter(([, object]) => {
      const logo = object.logo as Ld | string;
      return typeof logo !== 'object' || logo['@type'] !== 'ImageObject' || typeof logo.url !== 'string';
    });
    expect(bad.map(([path]) => path)).toEqual([]);
  });

  it('gives every author a URL', () => {
    const authors = everyObject.flatMap(([path, object]) => ('author' in object ? [[path, object.author as Ld] as const] : []));
    expect(authors.length).toBeGreaterThan(0);
    expect(authors.filter(([, author]) => typeof author.url !== 'string').map(([path]) => path)).toEqual([]);
  });

  it(`keeps every headline to ${HEADLINE_MAX_CHARS} characters`, () => {
    const long = everyObject.filter(
      ([, object]) => typeof object.headline === 'string' && [...object.headline].length > HEADLINE_MAX_CHARS,
    );
    expect(long.map(([path, object]) => `${path}: ${String(object.headline)}`)).toEqual([]);
  });

  it.each([/^\/phat-thanh\//u, /^\/ngay-nay-nam-xua\//u])('describes every page under %s beyond its trail', (section) => {
    const listed = pages.filter((page) => section.test(page.path) && !page.path.endsWith('/ban-doc/'));
    expect(listed.length).toBeGreaterThan(1);
    const trailOnly = listed.filter((page) => ldOf(page).every((ld) => ld['@type'] === 'BreadcrumbList'));
    expect(trailOnly.map((page) => page.path)).toEqual([]);
  });
});
