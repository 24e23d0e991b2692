/** Finds image paths in editors' data, so a missing file is reported with its field. */

const IMAGE_PATH = /^\.{1,2}\/.+\.(?:jpe?g|png|webp|avif|gif|svg)$/i;

/** One relative image path found in frontmatter or YAML data. */
export interface ImageRef {
  /** Dotted field path, e.g. "cover.src". */
  field: string;
  /** The path as written, relative to the content file. */
  path: string;
}

/** Lists every value that looks like a relative image path ("./anh/bia.jpg"), with its field. */
export function findImageRefs(data: unknown, prefix = ''): ImageRef[] {
  if (typeof data === 'string') return IMAGE_PATH.test(data.trim()) ? [{ field: prefix, path: data.trim() }] : [];
  if (Array.isArray(data)) return data.flatMap((item, index) => findImageRefs(item, `${prefix}[${index}]`));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => findImageRefs(value, prefix ? `${prefix}.${key}` : key));
  }
  return [];
}
