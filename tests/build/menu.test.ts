/** The site menu in the built pages: every section of the one list of sections (nav.ts) is linked from the main navigation. */
import { describe, expect, it } from 'vitest';
import { navGroups } from '../../src/components/layout/nav';
import { hrefsOn } from '../support/dist';

describe('the menu', () => {
  it('links every section from the main navigation', () => {
    const nav = hrefsOn('/', 'nav.site-nav a');
    const sections = navGroups.flatMap((group) => group.links.map((link) => link.href));
    expect(sections.length).toBeGreaterThan(8);
    for (const section of sections) expect(nav).toContain(section);
  });
});
