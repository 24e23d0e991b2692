// @ts-check
/**
 * Lint rules: typescript-eslint's recommended set for TypeScript (syntax rules, not type-aware:
 * types are `astro check`'s job, which `npm test` runs first), eslint-plugin-astro's for
 * components, run by `npm test` with zero warnings allowed. Formatting is Prettier's job.
 * The type-checked set (recommendedTypeChecked with the project service) was tried: 78 s of CPU
 * against 10–14 s, and 176 findings, many in .astro templates whose JSX the parser types as `any`.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.bench/', 'node_modules/', 'coverage/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
);
