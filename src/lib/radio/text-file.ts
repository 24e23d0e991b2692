/**
 * The downloadable .txt of a radio script. Commune radio staff open it in Windows Notepad or on
 * a phone: a UTF-8 byte-order mark makes older Notepad and many Android viewers detect UTF-8
 * instead of showing Vietnamese letters as mojibake, and CRLF line endings keep the paragraphs
 * apart in Notepad versions that ignore bare LF.
 */

/** The script as the content of a UTF-8 text file with a BOM and Windows (CRLF) line endings. */
export function toTextFile(text: string): string {
  return `\uFEFF${text.replace(/^\uFEFF/u, '').replace(/\r\n?|\n/gu, '\r\n')}`;
}
