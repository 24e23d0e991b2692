/**
 * Lets Node run the project's TypeScript scripts that import from src/: src/ imports its modules
 * without a file extension, as Vite resolves them, and Node's own loader wants one. Load it first:
 * node --import ./scripts/ts-resolve.mjs scripts/some-script.ts
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^\.{1,2}\//.test(specifier) || /\.\w+$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
