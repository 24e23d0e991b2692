/**
 * Web and e-mail addresses, said the way announcers give them: the host only, dots read
 * "chấm" ("https://lamtheobac.vn/bai-viet/…" → "lamtheobac chấm vn"); paths are impossible to
 * follow by ear and are dropped. E-mail "@" is "a còng".
 */

const URL_PATTERN = /(?:https?:\/\/|(?<![\p{L}\p{N}@.])www\.)[^\s<>"“”'‘’]+/giu;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** Reads a host name: "www.lamtheobac.vn" → "lamtheobac chấm vn". */
export function speakHost(host: string): string {
  return host
    .replace(/^www\./iu, '')
    .split('.')
    .filter(Boolean)
    .join(' chấm ');
}

/** Every web address has "http" or "www." (in any case), every e-mail address an "@". */
const ADDRESS_MARK = /@|http|www\./iu;

/** True when the text may hold an address; most paragraphs have none, and the patterns above are slow. */
export function mayHaveWebAddress(text: string): boolean {
  return ADDRESS_MARK.test(text);
}

/** Replaces web addresses and e-mail addresses with speakable words. */
export function readWebAddresses(text: string): string {
  return text
    .replace(URL_PATTERN, (match) => {
      const [, address = match, trailing = ''] = /^(.*?)([.,;:!?)]*)$/u.exec(match) ?? [];
      const host = address.replace(/^https?:\/\//iu, '').split(/[/?#:]/u)[0] ?? '';
      return `${speakHost(host)}${trailing}`;
    })
    .replace(EMAIL, (match) => {
      const [user = '', host = ''] = match.split('@');
      return `${user.split('.').join(' chấm ')} a còng ${speakHost(host)}`;
    });
}
