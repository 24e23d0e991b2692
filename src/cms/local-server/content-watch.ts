/**
 * Watches the content folder and its subfolders, and calls back once things have been quiet for
 * a moment: a save writes the entry, its images and the browser's temporary files one after the
 * other, and all of them make one rebuild.
 */
import { watch } from 'node:fs';

/** Quiet time before a burst of changes counts as done. */
const QUIET_MS = 400;

/** A folder being watched. */
export interface FolderWatch {
  close(): void;
}

/** Calls `onChange` after each burst of changes under `folder`. */
export function watchFolder(folder: string, onChange: () => void, quietMs = QUIET_MS): FolderWatch {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(folder, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  });
  // A folder removed and made again (a repository reset): the burst still ends in one check.
  watcher.on('error', () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  });
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
