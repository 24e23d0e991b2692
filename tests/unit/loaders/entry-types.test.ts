import { describe, expect, it } from 'vitest';
import { entryTypesOf } from '../../../src/loaders/entry-types';

const parser = { getEntryInfo: async () => ({ data: {}, body: '' }) };

describe('entryTypesOf', () => {
  it('returns the parsers Astro hands a loader', () => {
    const entryTypes = new Map([['.mdx', parser]]);
    expect(entryTypesOf({ entryTypes })).toBe(entryTypes);
  });

  it.each([
    ['missing', {}],
    ['not a Map', { entryTypes: { '.mdx': parser } }],
    ['without getEntryInfo', { entryTypes: new Map([['.mdx', { parse: () => ({}) }]]) }],
  ])('fails with a message naming the file to update when the field is %s', (_, context) => {
    expect(() => entryTypesOf(context)).toThrow(/src\/loaders\/entry-types\.ts.*pinned in package\.json/s);
  });
});
