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
import { readPageStamps } from './build-steps/page-stamps';
import { codeVersion, openStepCache, type StepCache } from './build-steps/step-cache';

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

/** A script of a page: the site path of its .txt and the file's text. */
interface ScriptFile {
  sitePath: string | undefined;
  text: string;
}

/** The scripts of a page, read from its HTML. */
async function scriptsOf(page: string): Promise<ScriptFile[]> {
  const html = await readFile(page, 'utf8');
  if (!html.includes(TEXT)) return [];
  return scriptElements(html).map((element) => ({ sitePath: element.getAttribute(FILE), text: toTextFile(element.text) }));
}

/** Where a rebuild finds what the last build read from each page (see build-steps/). */
export interface RadioTextReuse {
  stamps: ReadonlyMap<string, string>;
  cache: StepCache<ScriptFile[]>;
}

/**
 * Writes the .txt of each [data-radio-text] on the built site; returns how many were written.
 * With `reuse`, a page unchanged since the last build is not read: its scripts come from the cache.
 */
export async function writeRadioTextFiles(dir: string, reuse?: RadioTextReuse): Promise<number> {
  const written = new Map<string, string>();
  for (const page of await htmlFiles(dir)) {
    const relative = path.relative(dir, page).split(path.sep).join('/');
    const stamp = reuse?.stamps.get(relative);
    const scripts = reuse?.cache.get(relative, stamp) ?? (await scriptsOf(page));
    reuse?.cache.set(relative, stamp, scripts);
    for (const script of scripts) {
      const file = targetFile(dir, script.sitePath, page);
      const other = written.get(file);
      if (other !== undefined) throw new Error(`${page} and ${other} both write ${file}`);
      written.set(file, page);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, script.text, 'utf8');
    }
  }
  return written.size;
}

/** The integration that runs writeRadioTextFiles when the build is done, reusing what it read from unchanged pages. */
export function radioTextFiles(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'lam-theo-bac:radio-text-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const version = await codeVersion(new URL(import.meta.url), new URL('../lib/radio/text-file.ts', import.meta.url));
        const [stamps, cache] = await Promise.all([
          readPageStamps(cacheDir),
          openStepCache<ScriptFile[]>(path.join(cacheDir, 'lam-theo-bac/radio-text-files.json'), version),
        ]);
        const count = await writeRadioTextFiles(fileURLToPath(dir), { stamps, cache });
        await cache.save();
        logger.info(`${count} tệp bản đọc .txt (${cache.hits} trang không đổi, không đọc lại)`);
      },
    },
  };
}
