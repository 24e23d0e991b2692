import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';

const ENV_FILE = 'src/integrations/build-memory.env';
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('build memory settings', () => {
  it('are loaded by Node before Astro starts, in the build that npm start, npm test and the deploy pipelines run', () => {
    expect(scripts.build).toMatch(new RegExp(`^node --env-file=${ENV_FILE} node_modules/astro/bin/astro\\.mjs build$`));
    expect(scripts.start).toMatch(/^npm run build && /);
    expect(scripts.test).toContain('&& npm run build &&');
    expect(scripts.test).not.toMatch(/astro build/);
  });

  it('hand freed memory back at once, in Rolldown’s allocator and in Pagefind’s', () => {
    const settings = parseEnv(readFileSync(ENV_FILE, 'utf8'));
    expect(settings).toEqual({ MIMALLOC_PURGE_DELAY: '0', _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0' });
  });
});
