/**
 * What the editor page adds to the site's Content Security Policy, on /admin/ only. Sveltia CMS
 * inserts its styles at run time, previews in a blob: frame, reads its logo and shows images being uploaded through data:
 * and blob: URLs, links a web app manifest it writes to a blob: URL, and talks to the Git host's API (a self-hosted Forgejo, GitLab…). The rest
 * of the site keeps the policy in astro.config.mjs.
 */
import type { BackendSettings } from './config/build-config';

/** The API a backend uses when the configuration names none. */
const DEFAULT_ORIGINS: Record<BackendSettings['name'], string[]> = {
  gitea: ['https://gitea.com'],
  gitlab: ['https://gitlab.com'],
  github: ['https://api.github.com'],
};

/** The origins the editor talks to for this backend: its API and, for OAuth, its sign-in server. */
export function backendOrigins(backend: BackendSettings): string[] {
  const named = [backend.api_root, backend.base_url].filter((url): url is string => Boolean(url)).map((url) => new URL(url).origin);
  return [...new Set(backend.api_root ? named : [...DEFAULT_ORIGINS[backend.name], ...named])];
}

/** A directive Astro's CSP API accepts. */
type Directive = `${'connect-src' | 'img-src' | 'frame-src' | 'manifest-src'} ${string}`;

/** Directives that replace the site's own on /admin/, and the style sources added. */
export function cmsCsp(backend: BackendSettings): { directives: Directive[]; styleResources: string[] } {
  const origins = backendOrigins(backend).join(' ');
  return {
    // The preview pane is a blob: iframe holding the site's styles (registerPreviewStyle).
    // Its app manifest is a blob: URL, which Chromium fetches to offer installing the editor.
    directives: [
      `connect-src 'self' data: blob: ${origins}`,
      `img-src 'self' data: blob: ${origins}`,
      "frame-src 'self' blob:",
      "manifest-src 'self' blob:",
    ],
    styleResources: ["'self'", "'unsafe-inline'"],
  };
}
