/**
 * Astro marks each MDX entry's asset module with the directive "use astro:head-inject", and
 * Rolldown warns that a module-level directive may not survive bundling: a 15-line warning per
 * MDX file (106 on the sample site, 5,000 at 5,000 items), which buries the one line that
 * matters in the log an editor's failed publish shows. Astro reads the directive itself before
 * bundling (withastro/astro#18087), so that warning, and only that one, is dropped.
 */
import type { AstroIntegration } from 'astro';

/** The parts of a Rolldown log that identify it. */
export interface BundlerLog {
  code?: string;
  message: string;
}

/** Whether a bundler warning is Rolldown's about Astro's own head-injection directive. */
export const isHeadInjectDirectiveWarning = (log: BundlerLog): boolean =>
  log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');

/** Keeps the build log to warnings an editor or developer can act on. */
export function quietKnownWarnings(): AstroIntegration {
  return {
    name: 'lam-theo-bac:quiet-known-warnings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onwarn(warning: BundlerLog, warn: (warning: BundlerLog) => void) {
                  if (!isHeadInjectDirectiveWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
    },
  };
}
