/**
 * Debian's nginx for the deployment test. The .deb packages are unpacked into
 * node_modules/.cache (never installed system-wide, so no service starts), and the
 * project's deploy/nginx.conf runs on loopback against dist/. NGINX_PATH names an
 * nginx binary instead. Where nginx cannot be had (no apt), the test is skipped with
 * that reason, except in CI, where it fails.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const cacheDir = path.resolve('node_modules/.cache/nginx');
const unpackedBinary = path.join(cacheDir, 'usr/sbin/nginx');
const unpackedMimeTypes = path.join(cacheDir, 'etc/nginx/mime.types');

/** The nginx binary and its mime.types, or why there is none. */
export type NginxBinary = { binary: string; mimeTypes: string } | { missing: string };

/** Finds nginx: NGINX_PATH, an earlier unpack, or Debian's packages fetched with apt and unpacked. */
export function findNginx(): NginxBinary {
  if (process.env.NGINX_PATH) return { binary: process.env.NGINX_PATH, mimeTypes: '/etc/nginx/mime.types' };
  if (existsSync(unpackedBinary)) return { binary: unpackedBinary, mimeTypes: unpackedMimeTypes };
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
  } catch {
    return { missing: "apt-get is not available to fetch Debian's nginx; set NGINX_PATH to an nginx binary" };
  }
  const download = mkdtempSync(path.join(os.tmpdir(), 'nginx-deb-'));
  try {
    const fetch = () => execFileSync('apt-get', ['download', '-qq', 'nginx', 'nginx-common'], { cwd: download, stdio: 'pipe' });
    try {
      fetch();
    } catch (error) {
      // A fresh machine has no package lists yet; reading them needs root.
      if (process.getuid?.() !== 0)
        return { missing: `apt-get download nginx failed and only root can refresh the lists: ${String(error)}` };
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'pipe' });
      fetch();
    }
    mkdirSync(cacheDir, { recursive: true });
    for (const deb of readdirSync(download).filter((file) => file.endsWith('.deb'))) {
      execFileSync('dpkg-deb', ['-x', path.join(download, deb), cacheDir]);
    }
  } finally {
    rmSync(download, { recursive: true, force: true });
  }
  return existsSync(unpackedBinary)
    ? { binary: unpackedBinary, mimeTypes: unpackedMimeTypes }
    : { missing: 'the nginx package held no usr/sbin/nginx' };
}

/** A free loopback port. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * deploy/nginx.conf as it would run on a loopback port: the TLS server listens on plain
 * HTTP (certificates are the host's business), serves `root`, and the port-80 redirect
 * server listens on a second port. Everything else is the file as committed.
 */
export function loopbackConfig(conf: string, { root, port, redirectPort }: { root: string; port: number; redirectPort: number }): string {
  const replaced = conf
    .replace(/listen 443 ssl( http2)?;/, `listen 127.0.0.1:${port};`)
    .replace(/listen 80;/, `listen 127.0.0.1:${redirectPort};`)
    .replace(/root [^;]+;/, `root ${root};`);
  if (!replaced.includes(`127.0.0.1:${port}`) || !replaced.includes(`root ${root};`)) {
    throw new Error('deploy/nginx.conf no longer has the "listen 443 ssl" and "root" lines the deployment test rewrites');
  }
  return replaced;
}

/** A running nginx and the origins of its two servers. */
export interface RunningNginx {
  origin: string;
  redirectOrigin: string;
  stop(): Promise<void>;
}

/**
 * The `user` line for nginx's workers. Started as root, nginx hands its workers to an unprivileged
 * user, who cannot read a clone in a folder only its owner may enter (root's home, a mktemp -d
 * folder) and answers 404 for every file; the workers then run as the invoking user instead.
 * Anyone else cannot switch users, so their workers already run as themselves.
 */
export function workerUser(uid = process.getuid?.(), username = os.userInfo().username): string {
  return uid === 0 ? `user ${username};\n` : '';
}

/** Starts nginx with deploy/nginx.conf on loopback, serving `root`. */
export async function startNginx(nginx: { binary: string; mimeTypes: string }, root: string): Promise<RunningNginx> {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'nginx-run-'));
  const [port, redirectPort] = [await freePort(), await freePort()];
  const server = loopbackConfig(readFileSync('deploy/nginx.conf', 'utf8'), { root, port, redirectPort });
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;\n${workerUser()}worker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log warn;\nevents { worker_connections 64; }\n` +
      `http {\n  include ${nginx.mimeTypes};\n  default_type application/octet-stream;\n  access_log off;\n` +
      `  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;\n` +
      `${server}\n}\n`,
  );
  execFileSync(nginx.binary, ['-t', '-q', '-p', prefix, '-c', conf], { stdio: 'pipe' });
  const child: ChildProcess = spawn(nginx.binary, ['-p', prefix, '-c', conf], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(`${origin}/`);
      break;
    } catch (error) {
      if (attempt > 100 || child.exitCode !== null)
        throw new Error(`nginx did not start: ${readFileSync(path.join(prefix, 'error.log'), 'utf8')}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    origin,
    redirectOrigin: `http://127.0.0.1:${redirectPort}`,
    stop: async () => {
      child.kill('SIGQUIT');
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
