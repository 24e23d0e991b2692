/**
 * The files a saved page needs to show offline, read from its HTML and its scripts: stylesheets,
 * scripts and the modules they import, fonts, icons and images, all of the site's own origin.
 */

/** Addresses in the attributes that load something, and in url(…) of inline styles. */
const LOADED = /\s(?:src|href|srcset)="([^"]+)"|url\(["']?([^"')]+)["']?\)/giu;
/** Link relations whose target a page loads (not a link the reader follows). */
const LOADED_LINK = /<link\b[^>]*\brel="(?:stylesheet|preload|modulepreload|icon)"[^>]*>/giu;
/** Imports of a built module: `import"./a.js"`, `from"/_astro/b.js"`, and on demand `import("./c.js")`. */
const MODULE_IMPORT = /\b(?:import|from)\s*\(?\s*["']([^"']+\.m?js)["']/gu;

/** Resolves `address` against `base`, keeping it only when it is of `base`'s origin; without the fragment. */
function sameOrigin(address: string, base: URL): string | undefined {
  try {
    const url = new URL(address, base);
    return url.origin === base.origin ? `${url.pathname}${url.search}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The same-origin files a page loads: the `src` of scripts and images (each `srcset` candidate
 * too), the `href` of stylesheets, preloads and icons, and `url(…)` in its inline styles (fonts).
 * Links to other pages are not files it loads and are left out.
 */
export function subresourcesOf(html: string, pageUrl: string): string[] {
  const base = new URL(pageUrl);
  const found = new Set<string>();
  const add = (address: string | undefined) => {
    const path = address && sameOrigin(address.trim(), base);
    if (path) found.add(path);
  };
  for (const [tag] of html.matchAll(LOADED_LINK)) add(/\shref="([^"]+)"/iu.exec(tag)?.[1]);
  const withoutLinks = html.replace(/<(?:a|link)\b[^>]*>/giu, '');
  for (const [, attribute, inStyle] of withoutLinks.matchAll(LOADED)) {
    if (inStyle !== undefined) add(inStyle);
    else for (const candidate of (attribute ?? '').split(',')) add(candidate.trim().split(/\s+/u)[0]);
  }
  return [...found];
}

/**
 * The same-origin modules a built script imports, resolved against its own address: static ones,
 * and those it loads on demand, which a saved page may ask for without the signal.
 */
export function moduleImportsOf(script: string, scriptUrl: string): string[] {
  const base = new URL(scriptUrl);
  return [...new Set([...script.matchAll(MODULE_IMPORT)].flatMap(([, address]) => sameOrigin(address ?? '', base) ?? []))];
}
