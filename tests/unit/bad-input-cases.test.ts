/**
 * The list of editors' mistakes both the content suite and the editor's browser suite run
 * (tests/support/bad-input-cases.ts): each mistake comes with the steps that make it in the form
 * at /admin/, or with the reason the form cannot make it, so none is left untried in the form.
 */
import { describe, expect, it } from 'vitest';
import { badInputCases } from '../support/bad-input-cases';

describe("the editors' mistakes", () => {
  it.each(badInputCases)('"$name" has either a form routine or a reason the form cannot make it', ({ form }) => {
    expect('routine' in form, 'a case has a routine or a reason, not both').not.toBe('reason' in form);
    if ('routine' in form) {
      expect(Object.keys(form.routine.values).length).toBeGreaterThan(0);
      expect(form.routine.refused.text.trim()).not.toBe('');
    } else {
      expect(form.reason.trim()).toMatch(/\w+ \w+ \w+/);
    }
  });

  it('names each mistake once', () => {
    const names = badInputCases.map(({ name }) => name);
    expect(new Set(names).size).toBe(names.length);
  });
});
