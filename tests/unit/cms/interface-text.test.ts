import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenLocale, type LocaleTree } from '../../../src/cms/locale';
import { packageFolder } from '../../../src/cms/package-folder';
import { cmsInterfaceText } from '../../../src/i18n/cms-interface';

const english = flattenLocale(
  JSON.parse(readFileSync(path.join(packageFolder('@sveltia/cms'), 'locales', 'en-US.json'), 'utf8')) as LocaleTree,
);
const overrides = Object.entries(cmsInterfaceText);

/** The {$names} a MessageFormat 2 string uses. */
const variables = (text: string) => [...new Set([...text.matchAll(/\{\$(\w+)/g)].map((match) => match[1]))].sort();
/** Its <a …> and </a> tags, in order. */
const tags = (text: string) => [...text.matchAll(/<\/?a\b[^>]*>/g)].map((match) => match[0]);
/** Its declarations and selector (".input {$count :integer} .match $count"), or '' for a plain message. */
const declarations = (text: string) => /^(?:\.input \{\$\w+ :\w+\}\s+)+\.match \$\w+/.exec(text)?.[0] ?? '';
/** The keys of its variants ("0", "one", "*"). */
const variantKeys = (text: string) => [...text.matchAll(/(?:\.match \$\w+|\}\})\s+(\S+)\s+\{\{/g)].map((match) => match[1]);

describe('the Vietnamese interface text', () => {
  it('keeps every placeholder and link of the English string, but the language of a one-language site', () => {
    const lost = overrides.filter(([key, text]) => {
      const source = english[key] ?? '';
      const dropped = variables(source).filter((name) => !variables(text).includes(name));
      const oneLanguage = key.endsWith('_x_locale') && dropped.join() === 'locale';
      return (dropped.length > 0 && !oneLanguage) || tags(source).join() !== tags(text).join();
    });
    expect(lost.map(([key]) => key)).toEqual([]);
  });

  it('keeps the English plural structure: same declarations, the 0 case, a catch-all, no "one" (never chosen in Vietnamese)', () => {
    const broken = overrides.filter(([key, text]) => {
      const source = english[key] ?? '';
      const keys = variantKeys(text);
      if (declarations(source) !== declarations(text)) return true;
      if (!declarations(source)) return keys.length > 0;
      const hasZero = variantKeys(source).includes('0');
      return keys.at(-1) !== '*' || keys.includes('one') || hasZero !== keys.includes('0');
    });
    expect(broken.map(([key]) => key)).toEqual([]);
  });

  it('balances the braces of every variant', () => {
    const unbalanced = overrides.filter(([, text]) => text.split('{{').length !== text.split('}}').length);
    expect(unbalanced.map(([key]) => key)).toEqual([]);
  });
});
