import { describe, expect, it } from 'vitest';
import { findUnknownComponents } from '../../src/lib/mdx-components';

describe('findUnknownComponents', () => {
  it('reports a misspelt component with its line', () => {
    expect(findUnknownComponents('Đoạn một.\n\n<Qoute source="x">Lời Bác</Qoute>')).toEqual([{ name: 'Qoute', line: 3 }]);
  });

  it('accepts the site components, imported ones, HTML tags and code', () => {
    const body =
      'import Chart from "./chart.astro";\n<Quote source="x">a</Quote>\n<Chart />\n<strong>b</strong>\n`<Fake />`\n```\n<AlsoFake />\n```';
    expect(findUnknownComponents(body)).toEqual([]);
  });
});
