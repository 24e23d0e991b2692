import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
const dist = '/tmp/sdist';
const server = createServer((req, res) => { let p = decodeURIComponent(new URL(req.url, 'http://x').pathname); let f = path.join(dist, p); if (existsSync(f) && statSync(f).isDirectory()) f = path.join(f, 'index.html'); if (!existsSync(f)) { res.writeHead(404); return res.end(); } res.writeHead(200, { 'content-type': f.endsWith('.js') ? 'text/javascript' : f.endsWith('.html') ? 'text/html' : 'application/octet-stream' }); res.end(readFileSync(f)); });
await new Promise(r => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(origin + '/tim-kiem/');
const ranking = JSON.parse(process.env.RANKING ?? '{}');
const out = await page.evaluate(async ({ queries, ranking, pfPath }) => {
  const pf = await import(pfPath);
  await pf.options({ ranking, noWorker: true });
  const lines = [];
  for (const q of queries) {
    const r = await pf.search(q);
    lines.push(`## ${q}: ${r.results.length}`);
    for (const x of r.results.slice(0, 6)) { const d = await x.data(); lines.push(`  ${x.score.toFixed(2)} ${d.url}`); }
  }
  return lines.join('\n');
}, { queries: process.argv.slice(2), ranking, pfPath: process.env.PF ?? '/pagefind/pagefind.js' });
console.log(out);
await browser.close(); server.close();
