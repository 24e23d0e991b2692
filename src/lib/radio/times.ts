/** Clock times read aloud: "9h30" → "chín giờ ba mươi phút", "7h30-11h" → "bảy giờ ba mươi phút đến mười một giờ". */
import { readInteger } from './numbers';

/** One clock time as written: "9h", "9h30", "9h30'", "14 giờ 30 (phút)", "14:30". */
const TIME = "\\d{1,2}(?:h(?:\\d{2})?'?|\\s+giờ(?:\\s+\\d{1,2}(?:\\s+phút)?)?|:\\d{2})";
const TIME_OR_RANGE = new RegExp(
  `(?<![\\p{L}\\p{N}]|\\p{N}[.,/-])(${TIME})(?:\\s*[-–—]\\s*(${TIME}))?(?![\\p{L}\\p{N}]|[.,:]\\p{N})`,
  'gu',
);

/** Reads hours and minutes: (9, 30) → "chín giờ ba mươi phút", (9, 0) → "chín giờ". */
export function readTime(hours: number, minutes: number): string {
  const spokenMinutes = minutes > 0 ? ` ${readInteger(minutes)} phút` : '';
  return `${readInteger(hours)} giờ${spokenMinutes}`;
}

/** Replaces clock times and time ranges in the text with words; impossible times are left alone. */
export function readTimes(text: string): string {
  return text.replace(TIME_OR_RANGE, (match, first: string, second: string | undefined) => {
    const from = speakTime(first);
    if (from === null) return match;
    if (second === undefined) return from;
    const to = speakTime(second);
    return to === null ? match : `${from} đến ${to}`;
  });
}

function speakTime(token: string): string | null {
  const [hours = NaN, minutes = 0] = (token.match(/\d+/gu) ?? []).map(Number);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
  return readTime(hours, minutes);
}
