/**
 * Zod compiles fast parsers with new Function() unless told not to, and it probes for eval as
 * soon as a schema is built; the editor page's CSP forbids eval and reports each probe. Imported
 * first by the page's script, before any schema module is evaluated.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
