/**
 * Writes each radio page's script as <item>/ban-doc.txt after the build, from the page's own
 * <pre data-radio-text>, so the download and the copy button carry exactly the same words.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { toTextFile } from '../lib/radio/text-file';

/** Every ban-doc/index.html under the built site. */
async function radioPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => entry.split(path.sep).join('/').endsWith('ban-doc/index.html')).map((entry) => path.join(dir, entry));
}

/** Writes the .txt beside each radio page; returns how many were written. */
export async function writeRadioTextFiles(dir: string): Promise<number> {
  const pages = await radioPages(dir);
  for (const page of pages) {
    const text = parse(await readFile(page, 'utf8')).querySelector('[data-radio-text]')?.text;
    if (text === undefined) throw new Error(`${page} has no [data-radio-text] element`);
    await writeFile(path.join(path.dirname(path.dirname(page)), 'ban-doc.txt'), toTextFile(text), 'utf8');
  }
  return pages.length;
}

/** The integration that runs writeRadioTextFiles when the build is done. */
export function radioTextFiles(): AstroIntegration {
  return {
    name: 'lam-theo-bac:radio-text-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await writeRadioTextFiles(fileURLToPath(dir));
        logger.info(`${count} tệp bản đọc .txt`);
      },
    },
  };
}
