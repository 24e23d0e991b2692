/** Final clean-up of a spoken line: one space between words, none before punctuation, no doubled commas. */

/** Collapses spaces and fixes spacing around punctuation. */
export function tidySpacing(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/\s+(?=[,.;:!?…)\]”’])/gu, '')
    .replace(/(?<=[([“‘])\s+/gu, '')
    .replace(/,(?:\s*,)+/gu, ',')
    .replace(/,\s*(?=[.;:!?…])/gu, '')
    .replace(/^[\s,;:]+/u, '')
    .trim();
}
