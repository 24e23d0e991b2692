/** Writes the bundle's "newest first" order (`NEWEST_ORDER_FILE`) from the pages Pagefind just indexed. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { NEWEST_ORDER_FILE, newestFirst, type IndexedPage } from '../../lib/search/newest-order.ts';

const unzip = promisify(gunzip);

/** Pagefind's fragments are gzipped JSON behind this signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** One indexed page, from its fragment: the fragment's file name is the page's id in search results. */
async function readFragment(folder: string, file: string): Promise<IndexedPage> {
  const text = (await unzip(await readFile(path.join(folder, file)))).toString('utf8');
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`Pagefind: ${file} is not a fragment this code can read`);
  const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url: string; meta?: { date?: string } };
  return { id: file.replace(/\.pf_fragment$/u, ''), url: fragment.url, date: fragment.meta?.date };
}

/** Reads every fragment of the bundle in `outputPath` and writes the order beside them. */
export async function writeNewestOrder(outputPath: string): Promise<void> {
  const folder = path.join(outputPath, 'fragment');
  const files = (await readdir(folder)).filter((file) => file.endsWith('.pf_fragment'));
  const pages = await Promise.all(files.map((file) => readFragment(folder, file)));
  await writeFile(path.join(outputPath, NEWEST_ORDER_FILE), JSON.stringify(newestFirst(pages)));
}
