import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { refuseCodeInBodies } from '../../../src/integrations/mdx-code-guard';

/** Compiles a body with Astro's MDX compiler (Sätteri) and the guard, as the build does. */
const compile = (body: string) =>
  mdxToJs(body, { mdastPlugins: [refuseCodeInBodies], fileURL: new URL('file:///du-an/content/articles/bai.mdx') });

describe('refuseCodeInBodies, in the MDX compiler itself', () => {
  it('lets text, Markdown and the blocks through', () => {
    expect(() =>
      compile(
        'Chữ **đậm**.\n\n<Quote source="Toàn tập, tập 4, tr. 7">Lời Bác.</Quote>\n\n<Timeline>\n<Event when="1946">Việc.</Event>\n</Timeline>',
      ),
    ).not.toThrow();
  });

  it.each([
    ['an expression reading the environment', 'Nhà: {process.env.HOME}'],
    ['an export', 'export const secret = process.env.PATH'],
    ['an import', 'import fs from "node:fs"'],
    ['a script tag', '<script>alert(1)</script>'],
    ['an event handler on an HTML tag', '<img src="x" onerror="alert(1)" />'],
    ['an expression attribute on a block', '<Quote source={process.env.HOME}>x</Quote>'],
    ['an event handler on a block', '<Quote source="a" onClick="alert(1)">x</Quote>'],
  ])('stops the compile on %s, naming the file', (_what, body) => {
    expect(() => compile(body)).toThrow(/^\/du-an\/content\/articles\/bai\.mdx: .*mã chương trình/);
  });
});
