/** Every built page is valid HTML (html-validate's recommended rules, see .htmlvalidate.json). */
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages } from '../support/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = builtPages();

describe('valid HTML', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s', async (_, page) => {
    const report = await validator.validateString(page.html, page.file);
    const problems = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  });
});
