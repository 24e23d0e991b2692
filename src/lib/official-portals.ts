/**
 * The official portals a document's note may name as where its full text is published, and
 * their addresses, so the name is a link wherever an editor writes it.
 */

/** A portal: the name editors write, and its home page. */
export interface Portal {
  name: string;
  url: string;
}

/** The portals the site knows. The Party's portal carries the Politburo's directives, conclusions and regulations. */
export const OFFICIAL_PORTALS: readonly Portal[] = [
  { name: 'Cổng Thông tin điện tử Đảng Cộng sản Việt Nam', url: 'https://dangcongsan.vn/' },
];

/** A piece of a note: plain text, or a portal's name with its address. */
export type NotePart = string | { text: string; href: string };

/** Splits a note around the portals it names, each name becoming a link; a note naming none is one piece. */
export function linkPortals(note: string, portals: readonly Portal[] = OFFICIAL_PORTALS): NotePart[] {
  const parts: NotePart[] = [];
  let rest = note;
  for (;;) {
    const found = portals
      .map((portal) => ({ portal, at: rest.indexOf(portal.name) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (!found) break;
    if (found.at > 0) parts.push(rest.slice(0, found.at));
    parts.push({ text: found.portal.name, href: found.portal.url });
    rest = rest.slice(found.at + found.portal.name.length);
  }
  if (rest) parts.push(rest);
  return parts;
}
