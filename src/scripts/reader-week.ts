/**
 * Shows, inside a section built with one card per recent week (`data-week-start`, `data-week-end`),
 * the card of the reader's week in Vietnam and names it honestly in the section's h2 (labels in
 * `data-label-this`, `-last`, `-older`): the page was built on another day than it is read.
 */
import { questionForDay, vietnamDay, type WeekRelation } from '../lib/reader-date';

/** Picks and labels the reader's week in `section`; leaves the build's choice when no week has begun. */
export function showReaderWeek(section: HTMLElement | null): void {
  const cards = [...(section?.querySelectorAll<HTMLElement>('[data-week-start]') ?? [])];
  const weeks = cards.map((card) => ({ start: card.dataset.weekStart ?? '', end: card.dataset.weekEnd ?? '' }));
  const pick = questionForDay(weeks, vietnamDay(new Date()));
  if (!section || !pick) return;
  cards.forEach((card, index) => (card.hidden = index !== pick.index));
  const labels: Record<WeekRelation, string | undefined> = {
    this: section.dataset.labelThis,
    last: section.dataset.labelLast,
    older: section.dataset.labelOlder,
  };
  const heading = section.querySelector('h2');
  if (heading) heading.textContent = labels[pick.relation] ?? heading.textContent;
}
