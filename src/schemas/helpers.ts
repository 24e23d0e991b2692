/**
 * What a content schema needs from the code that runs it: Astro's image() and reference() in
 * the build's content layer, the content checker's own (src/lib/content-check/) in the editor
 * and in the build's first step. Taking them as a parameter keeps one schema for both, with no
 * import of Astro's virtual modules, which exist only inside Astro's build.
 */
import { z } from 'astro/zod';
import type { reference, SchemaContext } from 'astro:content';
import { vi } from './error-map';

/** The two helpers, typed as Astro's, so the build infers each collection's data types from them. */
export interface SchemaHelpers {
  /** An image file next to the content file ("./anh/bia.jpg"). */
  image: SchemaContext['image'];
  /** An entry of another collection, written as its id. */
  reference: typeof reference;
}

/**
 * The helpers for checking data outside Astro's content layer: a reference keeps its id (whether
 * the entry exists is a rule across files), and an image path is held to `imageProblem`, which
 * says what is wrong with a path written in the file being checked.
 */
export function checkingHelpers(imageProblem: (written: string) => string | undefined): SchemaHelpers {
  const image = () =>
    z.string(vi).superRefine((written, context) => {
      const problem = imageProblem(written);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
  const reference = (collection: string) =>
    z
      .union([z.number().transform(String), z.string(), z.strictObject({ id: z.string(), collection: z.literal(collection) })], vi)
      .transform((lookup) => (typeof lookup === 'object' ? lookup : { id: lookup, collection }));
  return { image, reference } as unknown as SchemaHelpers;
}
