/**
 * `astro:content` for tests that read src/content.config.ts outside a build: Astro's own
 * reference() and defineCollection(), so the schemas under test are exactly the build's.
 */
import { createReference, defineCollection } from 'astro/content/runtime';

/** Astro's reference(), as the virtual module exports it. */
export const reference = createReference();

export { defineCollection };
