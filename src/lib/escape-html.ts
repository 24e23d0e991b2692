/** Escaping for text written into HTML by hand, such as the radio bodies built from front matter. */

/** The text with &, <, > and " written as entities, safe inside an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
