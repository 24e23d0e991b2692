// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import searchIndex from './src/integrations/search-index/index.ts';
import { siteConfig } from './src/site.config.ts';
import { noPartialOutput } from './src/integrations/no-partial-output.ts';
import { quietKnownWarnings } from './src/integrations/known-warnings.ts';
import { radioTextFiles } from './src/integrations/radio-text-files.ts';
import { shareImages } from './src/integrations/share-images/index.ts';
import { sitemapWithDates } from './src/integrations/sitemap-with-dates.ts';
import { sveltiaCms } from './src/integrations/cms-vendor/index.ts';
import { contentCheck } from './src/integrations/content-check/index.ts';
import { refuseCodeInBodies } from './src/integrations/mdx-code-guard.ts';
import { offlineWorker } from './src/integrations/offline-worker.ts';
import { sampleSettingProblem } from './src/lib/sample-mode.ts';

const site = process.env.SITE_URL ?? siteConfig.url;

// A site stops being a sample only with its office's identity filled in: refuse anything else.
const sampleProblem = sampleSettingProblem({ ...siteConfig, url: site });
if (sampleProblem) throw new Error(sampleProblem);

/**
 * Be Vietnam Pro, self-hosted from Fontsource, as two families. The main one holds the latin and
 * Vietnamese subsets, which every page needs. The other holds latin-ext (letters of some
 * minority-language orthographies) and is named after it in font-family lists: its range
 * overlaps the Vietnamese one (Đ, Ă, Ơ, Ư…), and Chromium downloads every face of a family whose
 * range covers a letter on the page, so in one family a Vietnamese page also fetched latin-ext,
 * 13 KB per weight, and the preloads fetched it for bold.
 * @param {'latin' | 'latin-ext' | 'vietnamese'} subset
 * @param {400 | 700} weight
 * @param {'normal' | 'italic'} style
 */
const fontFile = (subset, weight, style) => ({
  weight,
  style,
  // "swap": text is drawn in the metric-matched fallback (fonts.css) until the file comes, then
  // in Be Vietnam Pro. With "optional" a first visit kept the fallback for the whole page
  // whenever a file came later than Chrome's 100 ms block period: body text always (it was not
  // preloaded), and on a slow line the title and site name too, a heading's letters split
  // between faces when one subset came in time and the other did not.
  display: /** @type {const} */ ('swap'),
  src: /** @type {[string]} */ ([`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-${style}.woff2`]),
  unicodeRange: /** @type {[string]} */ ([unicodeRanges[subset]]),
});

const unicodeRanges = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  vietnamese:
    'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
};

/** The weights and styles the site sets text in: body, italic quotes, bold headings. */
const STYLES = /** @type {const} */ ([
  [400, 'normal'],
  [400, 'italic'],
  [700, 'normal'],
]);

/** @param {ReadonlyArray<'latin' | 'latin-ext' | 'vietnamese'>} subsets */
const familyVariants = (subsets) => STYLES.flatMap(([weight, style]) => subsets.map((subset) => fontFile(subset, weight, style)));
// The Fonts API types want at least one variant: the first is named apart.
const [bodyFirst, ...bodyOthers] = familyVariants(['latin', 'vietnamese']);
const [extendedFirst, ...extendedOthers] = familyVariants(['latin-ext']);

export default defineConfig({
  // Separate caches let tests and benchmarks build several content folders side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR,
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  compressHTML: true,
  // Pages whose content and code did not change are copied from the last build instead of
  // rendered again (see src/data/reusable-paths.ts); the cache lives in cacheDir.
  experimental: { incrementalBuild: true },
  // Shiki colours code with inline styles, which the CSP below forbids; the site has no code to colour.
  // Astro's own compiler with one plugin: no MDX body may hold code (src/integrations/mdx-code-guard.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [refuseCodeInBodies] }) },
  // Only what the site needs: its own files, and WebAssembly for Pagefind's search.
  // Astro adds the hashes of its scripts and styles; frame-ancestors can only be sent as a
  // header (see deploy/), so it is not listed here.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Be Vietnam Pro',
      cssVariable: '--font-body',
      // The metric-adjusted fallback is declared in src/styles/fonts.css: Astro's only names
      // local("Arial"), which Android phones do not have.
      fallbacks: [],
      options: { variants: [bodyFirst, ...bodyOthers] },
    },
    {
      provider: fontProviders.local(),
      name: 'Be Vietnam Pro Extended',
      cssVariable: '--font-body-extended',
      fallbacks: [],
      options: { variants: [extendedFirst, ...extendedOthers] },
    },
  ],
  // The editor's page (/admin/) bundles the content checker its save check runs (Zod, YAML, the
  // MDX parser): about 570 KB, loaded by editors only; no reader page comes near this limit.
  vite: { build: { chunkSizeWarningLimit: 1024 } },
  integrations: [
    contentCheck(),
    noPartialOutput(),
    quietKnownWarnings(),
    mdx(),
    sitemapWithDates(),
    radioTextFiles(),
    searchIndex(),
    shareImages(),
    sveltiaCms(),
    offlineWorker(),
  ],
});
