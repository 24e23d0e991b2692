/**
 * Imported first by the scripts Node runs directly that load the site's modules (benchmarks, the
 * editor's local server in src/cms/local-server/, scripts/normalise-content.ts): those import without file extensions, as Vite
 * allows, and this teaches Node the same.
 */
import { registerHooks } from 'node:module';
import path from 'node:path';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || path.extname(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
