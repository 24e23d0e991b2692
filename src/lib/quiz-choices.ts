/**
 * A quiz question whose choices repeat one another cannot be answered fairly: the reader sees
 * two identical buttons, one right and one wrong, or two right. Choices are compared as a reader
 * sees them: whatever the case, spacing, quotation marks or closing punctuation.
 */

/** A choice as a reader tells it apart from another. */
function comparable(choice: string): string {
  return choice
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/["“”'‘’«»]/gu, '')
    .replace(/[.!?…;,:]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Each choice that repeats an earlier one, as [earlier index, index], counting from 0. */
export function repeatedChoices(choices: readonly string[]): [number, number][] {
  const first = new Map<string, number>();
  const repeats: [number, number][] = [];
  choices.forEach((choice, index) => {
    const key = comparable(choice);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else repeats.push([earlier, index]);
  });
  return repeats;
}

/** The editor's message for a repeated choice, counting from 1 as the file's list reads. */
export function repeatedChoiceMessage(earlier: number, index: number, choice: string): string {
  return `Phương án ${index + 1} giống phương án ${earlier + 1} ("${choice.trim()}"): mỗi phương án phải khác nhau. (duplicate choice)`;
}
