/**
 * Writes the downloadable .txt of every script on the built site after the build, from the
 * page's own <pre data-radio-text>, so the download and the copy button carry exactly the same
 * words. The element names its file with data-radio-text-file: an item's radio page asks for
 * <item>/ban-doc.txt, a weekly programme for <programme>/ban-doc.txt.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { openingTagsWith, RADIO_TEXT as TEXT, RADIO_TEXT_FILE as FILE } from '../lib/page-markers';
import { toTextFile } from '../lib/radio/text-file';

/** Opening tag of a script element: a <pre> whose text cannot hold "</pre>", as "<" in text is escaped. */
const SCRIPT_OPEN = openingTagsWith('pre', TEXT);

/**
 * The script elements of a page, each parsed on its own: parsing whole pages took most of
 * this step on a large site, and a script is a small part of its page.
 */
function scriptElements(html: string) {
  return [...html.matchAll(SCRIPT_OPEN)].flatMap((open) => {
    const end = html.indexOf('</pre>', open.index + open[0].length);
    return parse(html.slice(open.index, end === -1 ? undefined : end + '</pre>'.length)).querySelectorAll(`[${TEXT}]`);
  });
}

/** Every .html file under the built site. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.html')).map((entry) => path.join(dir, entry));
}

/** The file a script asks for, inside the built site; throws on anything else. */
function targetFile(dir: string, sitePath: string | undefined, page: string): string {
  if (sitePath === undefined || !/^\/[^?#]*\.txt$/u.test(sitePath)) {
    throw new Error(`${page}: [${TEXT}] needs ${FILE}="/…/ten-tep.txt", found ${JSON.stringify(sitePath)}`);
  }
  const file = path.join(dir, sitePath);
  if (!file.startsWith(path.join(dir, path.sep))) throw new Error(`${page}: ${FILE} leaves the site: ${sitePath}`);
  return file;
}

/** Writes the .txt of each [data-radio-text] on the built site; returns how many were written. */
export async function writeRadioTextFiles(dir: string): Promise<number> {
  const written = new Map<string, string>();
  for (const page of await htmlFiles(dir)) {
    const html = await readFile(page, 'utf8');
    if (!html.includes(TEXT)) continue;
    for (const element of scriptElements(html)) {
      const file = targetFile(dir, element.getAttribute(FILE), page);
      const other = written.get(file);
      if (other !== undefined) throw new Error(`${page} and ${other} both write ${file}`);
      written.set(file, page);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, toTextFile(element.text), 'utf8');
    }
  }
  return written.size;
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
