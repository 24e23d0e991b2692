import { describe, expect, it } from 'vitest';
import { isHeadInjectDirectiveWarning, quietKnownWarnings } from '../../src/integrations/known-warnings.ts';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/bai-viet/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('isHeadInjectDirectiveWarning', () => {
  it('matches Rolldown’s warning about Astro’s head-injection directive', () => {
    expect(isHeadInjectDirectiveWarning(headInject)).toBe(true);
  });

  it('keeps other directives and other warnings with the same words', () => {
    expect(isHeadInjectDirectiveWarning({ ...headInject, message: headInject.message.replace('astro:head-inject', 'client') })).toBe(false);
    expect(isHeadInjectDirectiveWarning({ code: 'CIRCULAR_DEPENDENCY', message: headInject.message })).toBe(false);
    expect(isHeadInjectDirectiveWarning({ message: headInject.message })).toBe(false);
  });
});

describe('quietKnownWarnings', () => {
  it('passes every other warning on to the bundler’s logger', () => {
    let config: unknown;
    const hook = quietKnownWarnings().hooks['astro:config:setup'] as (options: { updateConfig: (c: unknown) => void }) => void;
    hook({ updateConfig: (c) => (config = c) });
    const onwarn = (config as { vite: { build: { rolldownOptions: { onwarn: (w: object, warn: (w: object) => void) => void } } } }).vite
      .build.rolldownOptions.onwarn;
    const passed: object[] = [];
    const other = { code: 'EVAL', message: 'Use of eval is discouraged' };
    onwarn(headInject, (w) => passed.push(w));
    onwarn(other, (w) => passed.push(w));
    expect(passed).toEqual([other]);
  });
});
