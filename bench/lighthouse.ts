/**
 * Lighthouse with mobile settings (its default: emulated mid-range phone, slow 4G, 4× CPU
 * slowdown) on one page of each kind, with Debian's Chromium, against the built site served
 * on loopback. Prints the median of each score and of LCP, TBT and CLS over --runs runs and
 * writes them to the "## Lighthouse" section of docs/benchmarks.md.
 *
 * Usage: node bench/lighthouse.ts [--runs 3] [--no-write]   (after npm run build)
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from '../tests/support/server.ts';
import { chromiumExecutable } from '../tests/support/browser.ts';
import { builtPages } from '../tests/support/dist.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'no-write': { type: 'boolean', default: false } } });
const runs = Number(values.runs);

/** One page of each kind, found in the built site. */
const KINDS: [string, RegExp][] = [
  ['Trang chủ', /^\/$/],
  ['Bài viết', /^\/bai-viet\/(?!trang\/|chuyen-muc\/|the\/)[^/]+\/$/],
  ['Câu chuyện', /^\/ke-chuyen-bac-ho\/(?!chu-de\/)[^/]+\/[^/]+\/$/],
  ['Tấm gương', /^\/tam-guong-binh-di\/(?!dia-ban\/|linh-vuc\/|loai\/|nam\/)[^/]+\/$/],
  ['Câu hỏi tuần', /^\/cau-hoi-hang-tuan\/\d{4}\/tuan-\d{2}\/$/],
  ['Bản đọc phát thanh', /\/ban-doc\/$/],
  ['Tìm kiếm', /^\/tim-kiem\/$/],
];

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? NaN;

const paths = builtPages().map((page) => page.path);
const server = await serveDist();
const chrome = await chromeLauncher.launch({
  chromePath: await chromiumExecutable(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const rows: string[] = [];
try {
  for (const [kind, pattern] of KINDS) {
    const path = paths.find((p) => pattern.test(p));
    if (!path) throw new Error(`No built page for ${kind}`);
    const samples: Record<string, number[]> = { perf: [], a11y: [], bp: [], seo: [], lcp: [], tbt: [], cls: [] };
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${server.origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
      samples.perf?.push((lhr.categories.performance?.score ?? 0) * 100);
      samples.a11y?.push((lhr.categories.accessibility?.score ?? 0) * 100);
      samples.bp?.push((lhr.categories['best-practices']?.score ?? 0) * 100);
      samples.seo?.push((lhr.categories.seo?.score ?? 0) * 100);
      samples.lcp?.push(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
      samples.tbt?.push(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
      samples.cls?.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
    }
    const m = (key: string) => median(samples[key] ?? []);
    rows.push(
      `| ${kind} | \`${path}\` | ${m('perf').toFixed(0)} | ${m('a11y').toFixed(0)} | ${m('bp').toFixed(0)} | ${m('seo').toFixed(0)} | ${(m('lcp') / 1000).toFixed(2)} s | ${m('tbt').toFixed(0)} ms | ${m('cls').toFixed(3)} |`,
    );
    console.log(rows.at(-1));
  }
} finally {
  chrome.kill();
  await server.close();
}

const section = [
  '## Lighthouse',
  '',
  `Command: \`npm run build && npm run bench:lighthouse -- --runs ${runs}\`. Lighthouse 12 with its default mobile settings`,
  '(emulated phone, simulated slow 4G, 4× CPU slowdown), Debian Chromium, headless, site served on 127.0.0.1;',
  `medians of ${runs} runs per page, ${new Date().toISOString().slice(0, 10)}, on a shared 2-core machine.`,
  'Note: the simulated network is applied to a loopback server, so LCP reflects the page weight and render path,',
  'not a real network; "Best practices" and "SEO" on a loopback http origin can differ from the https deployment.',
  '',
  '| Page | Path | Performance | Accessibility | Best practices | SEO | LCP | TBT | CLS |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
  "The search page's SEO score is 66 by design: it is marked `noindex` (result pages should not be",
  'indexed), which is what Lighthouse\'s "is crawlable" audit flags.',
  '',
].join('\n');
console.log(`\n${section}`);

if (!values['no-write']) {
  const file = 'docs/benchmarks.md';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const pattern = /## Lighthouse\n[\s\S]*?(?=\n## |$)/;
  writeFileSync(file, pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}`);
  console.log(`Wrote the Lighthouse section of ${file}`);
}
