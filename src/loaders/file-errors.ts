/** Puts the editor's file path in front of errors raised while loading it. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../lib/content-error';

/** A file's path relative to the project root, with forward slashes, as editors see it. */
export function relativeFile(filePath: string, root: URL): string {
  return path.relative(fileURLToPath(root), filePath).split(path.sep).join('/');
}

/** Adds the file's path to a schema error so the editor knows where to look; our own errors already name it. */
export function withFile(error: unknown, filePath: string | undefined, root: URL): unknown {
  if (!(error instanceof Error) || !filePath || error instanceof ContentError) return error;
  error.message = `Nội dung có lỗi trong tệp ${relativeFile(filePath, root)}:\n${error.message.replaceAll('**', '')}`;
  return error;
}
