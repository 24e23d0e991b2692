/**
 * The site's sections, grouped the way the phone menu and the footer show them. This is the
 * one list of sections: a new section is one line in its group.
 */
import { ui } from '../../i18n/ui';
import { sections } from '../../lib/routes';

/** A section link. */
export interface NavLink {
  href: string;
  label: string;
  /** The name on the wide screens' one-row bar, when the full one is too long for it: the start of `label`. */
  short?: string;
}

/** A group of sections with its heading (shown in the phone menu and the footer). */
export interface NavGroup {
  label: string;
  links: readonly NavLink[];
}

/** Every section, in reading order. */
export const navGroups: readonly NavGroup[] = [
  {
    label: ui.navGroups.read,
    links: [
      { href: sections.articles, label: ui.nav.articles },
      { href: sections.stories, label: ui.nav.stories, short: ui.navShort.stories },
      { href: sections.exemplars, label: ui.nav.exemplars, short: ui.navShort.exemplars },
      { href: sections.models, label: ui.nav.models },
    ],
  },
  {
    label: ui.navGroups.weekly,
    links: [
      { href: sections.questions, label: ui.nav.questions, short: ui.navShort.questions },
      { href: sections.onThisDay, label: ui.nav.onThisDay },
      { href: sections.quiz, label: ui.nav.quiz },
      { href: sections.contests, label: ui.nav.contests, short: ui.navShort.contests },
      { href: sections.radio, label: ui.nav.radio },
    ],
  },
  {
    label: ui.navGroups.reference,
    links: [
      { href: sections.documents, label: ui.nav.documents, short: ui.navShort.documents },
      { href: sections.charts, label: ui.nav.charts },
      { href: sections.about, label: ui.nav.about },
    ],
  },
];

/** The section a path belongs to, if any: the longest section path it starts with. */
export function currentSection(path: string): NavLink | undefined {
  return navGroups
    .flatMap((group) => group.links)
    .filter((link) => path.startsWith(link.href))
    .sort((a, b) => b.href.length - a.href.length)[0];
}
