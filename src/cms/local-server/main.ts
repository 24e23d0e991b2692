/**
 * `npm run bien-tap`: the editor on one computer, without a terminal. Serves the built site and
 * /admin/ on http://localhost:4321/ (or the next free port), to this computer only; rebuilds the
 * site after each save, or reports the content's mistakes and keeps the site as it was; opens
 * /admin/ in the browser. The launchers in bien-tap/ run it. Ctrl+C (or closing the window) stops it.
 *
 * Settings, from the environment: CONTENT_DIR (default ./content), DIST_DIR (./dist),
 * BIEN_TAP_PORT (4321; 0 takes any free port), BIEN_TAP_BROWSER=0 (do not open a browser); a
 * build also reads ASTRO_CACHE_DIR and SHARE_IMAGE_CACHE_DIR, as `npm run build` does.
 */
import path from 'node:path';
import { localServerText as text } from '../../i18n/local-server';
import { ADMIN_PATH } from '../paths';
import { contentChecker } from './content-checker';
import { watchFolder } from './content-watch';
import { localServer } from './http-server';
import { listenLocally } from './listen';
import { openInBrowser } from './open-browser';
import { createPublisher, stagingFolderFor } from './publisher';

const DEFAULT_PORT = 4321;

const projectRoot = process.cwd();
const contentDir = path.resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
const distDir = path.resolve(projectRoot, process.env.DIST_DIR ?? 'dist');
const print = (line: string) => console.log(line);

const publisher = createPublisher(
  { projectRoot, contentDir, distDir, stagingDir: stagingFolderFor(distDir) },
  contentChecker(contentDir),
  print,
);
const server = localServer(distDir, contentDir, publisher);

try {
  const port = await listenLocally(server, Number(process.env.BIEN_TAP_PORT ?? DEFAULT_PORT));
  // "localhost", not 127.0.0.1: the address the docs give, and one the CMS offers its local folder mode on.
  const site = `http://localhost:${port}/`;
  const editor = `${site}${ADMIN_PATH.slice(1)}`;
  print(text.started(site, editor));
  const watch = watchFolder(contentDir, publisher.changed);
  publisher.start();
  if (process.env.BIEN_TAP_BROWSER !== '0' && !(await openInBrowser(editor))) print(text.openBrowser(editor));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    print(text.stopping);
    watch.close();
    server.closeAllConnections();
    await Promise.all([publisher.stop(), new Promise((resolve) => server.close(resolve))]);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
} catch (error) {
  console.error(text.cannotStart, error);
  process.exit(1);
}
