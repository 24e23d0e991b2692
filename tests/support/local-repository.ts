/**
 * The editor's local workflow in a test browser. Sveltia CMS asks for the repository folder with
 * window.showDirectoryPicker(), whose dialog a headless browser cannot show; everything after
 * the dialog is the browser's real File System Access API. The test copies a real folder into
 * the origin's private file system (a real FileSystemDirectoryHandle, which the CMS keeps in
 * IndexedDB as it keeps a picked folder), answers the picker with it, and copies every file back
 * out afterwards, so the build runs on exactly the bytes the CMS wrote.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { listFiles } from './dist.ts';

const ROOT = 'repository';

/** Makes window.showDirectoryPicker() answer with the folder seeded by {@link seedRepository}. */
export async function answerDirectoryPicker(page: Page): Promise<void> {
  await page.addInitScript((root) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(root),
    });
  }, ROOT);
}

/** Copies `folder` (a repository: .git/ and content/) into the page origin's private file system. */
export async function seedRepository(page: Page, folder: string): Promise<void> {
  const files = listFiles(folder).map((file) => ({ file, base64: readFileSync(path.join(folder, file)).toString('base64') }));
  await page.evaluate(
    async ({ root, files }) => {
      const storage = await navigator.storage.getDirectory();
      await storage.removeEntry(root, { recursive: true }).catch(() => undefined);
      const top = await storage.getDirectoryHandle(root, { create: true });
      await top.getDirectoryHandle('.git', { create: true });
      for (const { file, base64 } of files) {
        const parts = file.split('/');
        let dir = top;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const handle = await dir.getFileHandle(parts.at(-1) as string, { create: true });
        const writable = await handle.createWritable();
        await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    },
    { root: ROOT, files },
  );
}

/** What {@link readRepository} gives for each file: its bytes (base64), or only their SHA-256 (hex). */
type FileReading = 'base64' | 'sha256';

/** Every file of the seeded folder as the CMS left it, by path from the folder's root. */
async function readRepository(page: Page, reading: FileReading): Promise<{ file: string; value: string }[]> {
  return page.evaluate(
    async ({ root, reading }) => {
      const found: { file: string; value: string }[] = [];
      const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
        for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
          if (handle.kind === 'directory') {
            await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
            continue;
          }
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let value = '';
          if (reading === 'sha256') {
            for (const byte of new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))) value += byte.toString(16).padStart(2, '0');
          } else {
            for (const byte of bytes) value += String.fromCharCode(byte);
            value = btoa(value);
          }
          found.push({ file: `${prefix}${name}`, value });
        }
      };
      await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(root), '');
      return found;
    },
    { root: ROOT, reading },
  );
}

/** Every file of the seeded folder as the CMS left it, written over `folder`; returns their paths. */
export async function copyRepositoryBack(page: Page, folder: string): Promise<string[]> {
  const files = await readRepository(page, 'base64');
  for (const { file, value } of files) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), Buffer.from(value, 'base64'));
  }
  return files.map(({ file }) => file);
}

/**
 * The SHA-256 of every file of the seeded folder as the CMS left it, by path: compared before and
 * after a step, it tells whether the step wrote, replaced or removed anything, without copying
 * the files out.
 */
export async function repositoryDigests(page: Page): Promise<Map<string, string>> {
  return new Map((await readRepository(page, 'sha256')).map(({ file, value }) => [file, value]));
}
