/**
 * Every built page is valid HTML: html-validate's recommended rules (see .htmlvalidate.json), and
 * what the W3C Nu HTML Checker found that those rules pass: anything after </html> (a page-level
 * script was written there, and the checker stops at the stray tag), and a <time> whose text or
 * datetime is not a machine-readable date ("<time>1966–1968</time>").
 */
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages } from '../support/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = builtPages();

/**
 * A valid date, time or duration string of the HTML standard (the forms this site could write):
 * a year, a month, a date, a yearless date, a week, a time, a date and time with an optional
 * zone, or a duration.
 */
const MACHINE_DATE =
  /^(?:\d{4,}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?|--?\d{2}-\d{2}|\d{4,}-W\d{2}|\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?|P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?)$/u;

describe('valid HTML', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s', async (_, page) => {
    const report = await validator.validateString(page.html, page.file);
    const problems = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  });
});

describe('what the W3C checker found', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s ends with </html>', (_, page) => {
    expect(page.html.trimEnd().endsWith('</html>'), page.html.slice(page.html.lastIndexOf('</html>'))).toBe(true);
  });

  it('gives every <time> a machine-readable date, in its datetime or its text', () => {
    const bad = pages.flatMap((page) =>
      page.root.querySelectorAll('time').flatMap((time) => {
        const value = time.getAttribute('datetime') ?? time.text.trim();
        return MACHINE_DATE.test(value) ? [] : [`${page.path}: ${time.toString()}`];
      }),
    );
    expect(bad).toEqual([]);
  });
});
