/** Titles whose slugs are unique, drawn from a title maker; a numbered part ends a run of repeats. */
import type { UniqueSlugs } from './unique-slugs.ts';

/** Tries fresh titles from `make`; after `attempts` repeats, numbers one ("…, kỳ 2") until its slug is free. */
export function freshTitle(make: () => string, slugs: UniqueSlugs, maxLength = 150, attempts = 30): string {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const title = make();
    if (title.length <= maxLength && slugs.isFree(title)) return title;
  }
  const base = make()
    .slice(0, maxLength - 12)
    .replace(/[\s,:;–-]+$/u, '');
  let part = 2;
  while (!slugs.isFree(`${base}, kỳ ${part}`)) part += 1;
  return `${base}, kỳ ${part}`;
}
