/**
 * Every mistake of the content suite that an editor can make in the form at /admin/ is refused
 * there, before anything is written: each case's routine (tests/support/bad-input-cases.ts) is
 * entered in one editor session, one after the other, and after each the repository is compared
 * with what it held before. The cases the form cannot produce say why in the same list.
 */
import { describe, expect, it } from 'vitest';
import { badInputCases } from '../support/bad-input-cases';
import { useEditor } from '../support/editor';

const editor = useEditor();

const routines = badInputCases.flatMap((mistake) => ('routine' in mistake.form ? [{ name: mistake.name, ...mistake.form.routine }] : []));
const beyondTheForm = badInputCases.flatMap((mistake) =>
  'reason' in mistake.form ? [{ name: mistake.name, reason: mistake.form.reason }] : [],
);

describe('the form at /admin/', () => {
  it(`refuses each of the ${routines.length} mistakes of the content suite an editor can make in it, and writes nothing`, async () => {
    const session = await editor.open();
    const failures: string[] = [];
    for (const { name, open, values, save, refused } of routines) {
      // Compared case by case, so that a save let through is reported once, by the case that made it.
      const before = await session.files();
      try {
        await session.open(open);
        await session.fill(values);
        if (save !== false) await session.save();
        await expect.poll(() => session.message(refused.field), { timeout: 60_000 }).toContain(refused.text);
        await session.dismissDialogs();
        expect(await session.files(), 'the repository after the refusal').toEqual(before);
      } catch (error) {
        failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        await session.dismissDialogs();
      }
    }
    await session.close();
    expect(failures).toEqual([]);
    expect(session.problems).toEqual([]);
  }, 1_200_000);

  // Listed so that the report shows every mistake of the content suite: these the form cannot make.
  it.each(beyondTheForm)('cannot make "$name": $reason', ({ reason }) => {
    expect(reason).not.toBe('');
  });
});
