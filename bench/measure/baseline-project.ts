/**
 * The bare Astro baseline: a minimal project with only @astrojs/mdx, plain glob() collections
 * with loose schemas and one [...slug].astro route per collection rendering <Content /> in a
 * minimal layout, built against the same corpus as the site (CONTENT_DIR).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The collections that have pages, with the folder each reads. */
const COLLECTIONS = ['articles', 'stories', 'exemplars', 'questions'] as const;

/** The site's MDX component names; the baseline gives each one the same bare wrapper. */
const COMPONENTS = ['Callout', 'Event', 'Figure', 'Quote', 'Stat', 'Stats', 'Timeline'] as const;

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  cacheDir: process.env.ASTRO_CACHE_DIR,
  build: { format: 'directory' },
  integrations: [mdx()],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = process.env.CONTENT_DIR;
if (!root) throw new Error('CONTENT_DIR must name the corpus folder');

const loose = z.looseObject({});

export const collections = {
${COLLECTIONS.map((name) => `  ${name}: defineCollection({ loader: glob({ base: \`\${root}/${name}\`, pattern: '**/*.{md,mdx}' }), schema: loose }),`).join('\n')}
};
`;

const LAYOUT = `---
const { title } = Astro.props;
---

<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <title>{title}</title>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`;

const BOX = `---
const text = Object.values(Astro.props).filter((value) => typeof value === 'string').join(' ');
---

<div>{text}<slot /></div>
`;

/** The route of one collection. */
function route(collection: string): string {
  return `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
import Box from '../../components/Box.astro';

export async function getStaticPaths() {
  const entries = await getCollection('${collection}');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const components = { ${COMPONENTS.map((name) => `${name}: Box`).join(', ')} };
---

<Layout title={entry.data.title ?? entry.data.name ?? entry.data.question ?? entry.id}>
  <Content components={components} />
</Layout>
`;
}

/** Writes the baseline project into `dir` (replacing it) and returns it. */
export function writeBaselineProject(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`,
    'astro.config.mjs': CONFIG,
    'src/content.config.ts': CONTENT_CONFIG,
    'src/layouts/Layout.astro': LAYOUT,
    'src/components/Box.astro': BOX,
    ...Object.fromEntries(COLLECTIONS.map((name) => [`src/pages/${name}/[...slug].astro`, route(name)])),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
