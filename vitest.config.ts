import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Suites: pure code (unit), integrations on fixtures (integration), editors' bad input run
 * through the real loader and schemas (content), the built dist/ (build), two clean builds
 * compared byte for byte (reproducible), deploy/nginx.conf on Debian's nginx (deploy) and real
 * Chromium on the built site (browser).
 * `npm test` builds the site first, so build and browser suites read a fresh dist/.
 */
export default defineConfig({
  test: {
    // src/lib is the pure, unit-tested layer; src/data only adapts astro:content and is exercised by the build suites.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**'],
      reporter: ['text-summary'],
      thresholds: { lines: 90, statements: 90, functions: 90, branches: 85 },
    },
    projects: [
      {
        // src/content.config.ts imports astro:content; unit tests get Astro's own reference() (tests/support/astro-content.ts).
        resolve: { alias: { 'astro:content': fileURLToPath(new URL('tests/support/astro-content.ts', import.meta.url)) } },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', testTimeout: 900_000, maxConcurrency: 2 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      { test: { name: 'reproducible', include: ['tests/reproducible/**/*.test.ts'], environment: 'node', testTimeout: 900_000 } },
      { test: { name: 'deploy', include: ['tests/deploy/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
