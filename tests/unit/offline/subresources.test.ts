import { describe, expect, it } from 'vitest';
import { moduleImportsOf, subresourcesOf } from '../../../src/lib/offline/subresources';

describe('subresourcesOf', () => {
  const page = `<!doctype html><html><head>
    <style>@font-face{src:url("/_astro/fonts/a.woff2") format("woff2")}@font-face{src:url(/_astro/fonts/b.woff2)}</style>
    <link rel="preload" href="/_astro/fonts/a.woff2" as="font" crossorigin>
    <link rel="stylesheet" href="/_astro/BaseLayout.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="canonical" href="https://site.example/x/"><link rel="alternate" type="application/rss+xml" href="/rss.xml">
    <script type="module" src="/_astro/share.js"></script>
  </head><body><img src="/emblem.svg" alt=""><img srcset="/_astro/p_1.webp 360w, /_astro/p_2.webp 720w" src="/_astro/p.jpg" alt="">
    <a href="/bai-viet/">Bài viết</a><a href="https://facebook.com/x">FB</a><img src="https://other.example/x.png" alt="">
  </body></html>`;

  it('lists the files the page loads, of its own origin only, and no page it links to', () => {
    expect(subresourcesOf(page, 'https://site.example/phat-thanh/2026/tuan-49/').sort()).toEqual(
      [
        '/_astro/fonts/a.woff2',
        '/_astro/fonts/b.woff2',
        '/_astro/BaseLayout.css',
        '/favicon.svg',
        '/_astro/share.js',
        '/emblem.svg',
        '/_astro/p_1.webp',
        '/_astro/p_2.webp',
        '/_astro/p.jpg',
      ].sort(),
    );
  });
});

describe('moduleImportsOf', () => {
  it('finds static and on-demand imports of the site’s own modules', () => {
    const script =
      'import{a as b}from"./clipboard.js";import"/_astro/x.js";const c=()=>import("./save-offline-app.js");import("https://cdn.example/y.js")';
    expect(moduleImportsOf(script, 'https://site.example/_astro/SaveOffline.js').sort()).toEqual(
      ['/_astro/clipboard.js', '/_astro/x.js', '/_astro/save-offline-app.js'].sort(),
    );
  });
});
