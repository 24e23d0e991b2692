/**
 * Opens an address in the computer's default browser, as a double-click on a link would:
 * `start` on Windows, `open` on macOS, `xdg-open` on Linux. Returns false when that cannot be
 * done, so the caller can print the address instead.
 */
import { spawn } from 'node:child_process';

/** Opens `url`; resolves with whether the opener started. */
export function openInBrowser(url: string): Promise<boolean> {
  const [command, args]: [string, string[]] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  return new Promise((resolve) => {
    // Verbatim on Windows: cmd reads `start "" URL` itself; Node's quoting would turn "" into \"\".
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true, windowsVerbatimArguments: true });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
