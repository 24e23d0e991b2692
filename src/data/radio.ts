/**
 * Radio scripts for items, made once per build from the item's rendered body with the
 * site's dictionary, the item's overrides and the configured reading pace.
 */
import { buildRadioScript, type RadioScript } from '../lib/radio/script';
import { createDictionary, mergeDictionaries, type AbbreviationDictionary } from '../lib/radio/abbreviations';
import { newSharedReading, type SharedReading } from '../lib/radio/html-collector';
import { sampleKindLabel, sampleOpeningLine } from '../lib/radio/phrases';
import { siteConfig } from '../site.config';
import { getCatalog } from './catalog';
import { owner } from './sample';

/** What an item contributes to its radio script. */
export interface RadioItem {
  /** Site path of the item page; it keys the cache. */
  path: string;
  /** The item's title. */
  title: string;
  /** Kind label ("Bài viết"). */
  kindLabel: string;
  /** The item's content file, named in reports to the editor. */
  file: string;
  /** The rendered body. */
  bodyHtml: () => Promise<string>;
  /** The item's own radio overrides from its frontmatter. */
  overrides: { abbreviations: Record<string, string>; keep: string[] };
  /** A made-up item (`sample: true`): its script says so after the greeting and names its kind as illustration. */
  sample: boolean;
}

const scripts = new Map<string, Promise<RadioScript>>();

/**
 * The items of one programme as it reads them, in airing order: without their headings, each
 * source cited once and words already quoted not read again. Not cached: the result depends on
 * which items share the programme.
 */
export async function programmeScriptsOf(items: readonly RadioItem[]): Promise<RadioScript[]> {
  const shared = newSharedReading();
  const scriptsInOrder: RadioScript[] = [];
  for (const item of items) scriptsInOrder.push(await makeScript(item, shared));
  return scriptsInOrder;
}

/** The item's radio script; computed once and shared by its page, its radio page and its .txt. */
export function radioScriptOf(item: RadioItem): Promise<RadioScript> {
  let script = scripts.get(item.path);
  if (!script) {
    script = makeScript(item);
    scripts.set(item.path, script);
  }
  return script;
}

let siteDictionary: Promise<AbbreviationDictionary> | undefined;

/** The site's dictionary, built once per build so its expansion pattern is compiled once. */
function getSiteDictionary(): Promise<AbbreviationDictionary> {
  siteDictionary ??= getCatalog().then((catalog) =>
    createDictionary(catalog.abbreviations.map((entry) => ({ id: entry.id, spoken: entry.data.spoken }))),
  );
  return siteDictionary;
}

async function makeScript(item: RadioItem, shared?: SharedReading): Promise<RadioScript> {
  const catalog = await getCatalog();
  const site = await getSiteDictionary();
  const kindLabel = item.sample ? sampleKindLabel(item.kindLabel) : item.kindLabel;
  const script = buildRadioScript({
    title: item.title,
    kindLabel,
    opening: item.sample ? sampleOpeningLine(kindLabel) : undefined,
    bodyHtml: await item.bodyHtml(),
    sourceLine: owner.sourceLine,
    dictionary: mergeDictionaries(site, createDictionary(item.overrides.abbreviations)),
    keep: [...catalog.keepWords.map((word) => word.id), ...item.overrides.keep],
    pace: { syllablesPerMinute: siteConfig.radioSyllablesPerMinute, paragraphPauseSeconds: siteConfig.radioParagraphPauseSeconds },
    shared,
  });
  // The item's own script has already reported these; a programme reads the same words.
  if (script.unknownAbbreviations.length > 0 && !shared) {
    const tokens = script.unknownAbbreviations.map((unknown) => `${unknown.token} (${unknown.count} lần)`).join(', ');
    console.warn(
      `Bản đọc phát thanh – chữ viết tắt chưa có trong từ điển: ${tokens}. Tệp ${item.file}: thêm vào content/radio/viet-tat.yaml, hoặc khai báo "radio.abbreviations" / "radio.keep" trong tệp.`,
    );
  }
  return script;
}
