// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/integrations/search-index/index.ts';
import { siteConfig } from './src/site.config.ts';
import { noPartialOutput } from './src/integrations/no-partial-output.ts';
import { quietKnownWarnings } from './src/integrations/known-warnings.ts';
import { radioTextFiles } from './src/integrations/radio-text-files.ts';
import { shareImages } from './src/integrations/share-images/index.ts';
import { sitemapWithDates } from './src/integrations/sitemap-with-dates.ts';
import { sveltiaCms } from './src/integrations/cms/index.ts';
import { sampleSettingProblem } from './src/lib/sample-mode.ts';

const site = process.env.SITE_URL ?? siteConfig.url;

// A site stops being a sample only with its office's identity filled in: refuse anything else.
const sampleProblem = sampleSettingProblem({ ...siteConfig, url: site });
if (sampleProblem) throw new Error(sampleProblem);

/**
 * Be Vietnam Pro, self-hosted from Fontsource: latin, latin-ext (letters of minority-language
 * orthographies) and Vietnamese subsets; the browser downloads only the subsets a page uses.
 * @param {400 | 700} weight
 * @param {'normal' | 'italic'} style
 */
const fontFiles = (weight, style) =>
  /** @type {const} */ (['latin', 'latin-ext', 'vietnamese']).map((subset) => ({
    weight,
    style,
    // Bold is for headings: swapping it in late re-wraps the title and pushes the page down
    // (CLS 0.125 measured again on a story page with "swap"), so it stays "optional". Its files
    // are preloaded (BaseHead): the request starts with the HTML instead of after layout, so on a
    // first visit the headings get Be Vietnam Pro whenever the font comes within Chrome's short
    // block period (it used to miss it even on fast connections); on a very slow line the
    // metric-matched fallback stays for that page, with no layout shift.
    display: /** @type {const} */ ('optional'),
    src: /** @type {[string]} */ ([`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-${style}.woff2`]),
    unicodeRange: /** @type {[string]} */ ([unicodeRanges[subset]]),
  }));

const unicodeRanges = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  vietnamese:
    'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
};

const [firstVariant, ...otherVariants] = [...fontFiles(400, 'normal'), ...fontFiles(400, 'italic'), ...fontFiles(700, 'normal')];

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
  markdown: { syntaxHighlight: false },
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
      options: {
        variants: [firstVariant, ...otherVariants],
      },
    },
  ],
  integrations: [
    noPartialOutput(),
    quietKnownWarnings(),
    mdx(),
    sitemapWithDates(),
    radioTextFiles(),
    searchIndex(),
    shareImages(),
    sveltiaCms(),
  ],
});
