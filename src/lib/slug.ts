import { foldDiacritics } from './vietnamese';

/**
 * ASCII slug for URLs shared on Zalo: folded Vietnamese, lower case, hyphens.
 * Stable by design: the same input always gives the same slug, so URLs never change.
 */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Slug of a content file from its path ("2024/Hội nghị trực tuyến.mdx" → "hoi-nghi-truc-tuyen"). */
export function slugFromFileName(filePath: string): string {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return slugify(base.replace(/\.[^.]+$/, ''));
}
