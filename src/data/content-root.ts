/**
 * The content folder the build reads: content/, or CONTENT_DIR, which benchmarks and tests point
 * at a generated or copied folder so they never touch content/.
 */

/** The folder, relative to the project root. */
export const contentRoot = process.env.CONTENT_DIR ?? './content';
