/**
 * Phone numbers read digit by digit, in the groups they are written in, with a short pause
 * (a comma) between groups so listeners can note them down: "0912 345 678" →
 * "không chín một hai, ba bốn năm, sáu bảy tám".
 */
import { readDigits } from './numbers';

/** 10–11 digits starting with 0 (or +84), possibly grouped by spaces, dots or hyphens, or "(0260) …". */
const PHONE = /(?<![\p{L}\p{N}.,]|\p{N}[ .-])(?:\+84|\(0\d{2,3}\)|0)[ .-]?\d(?:[ .-]?\d){6,10}(?![\p{N}]|[.,]\p{N})/gu;
/** Short service numbers ("113", "1900 9095") read digit by digit after words that announce a phone line. */
const SERVICE_NUMBER =
  /(?<![\p{L}])((?:đường dây nóng|số điện thoại|điện thoại|hotline|tổng đài)\s*:?\s*)(\d{3,5}(?:[ .]\d{3,5})?)(?![\p{N}]|[.,]\p{N})/giu;

/** Reads a phone number digit by digit, one comma-separated group per written group. */
export function readPhoneNumber(written: string): string {
  const international = written.startsWith('+84');
  const digits = (international ? written.slice(3) : written).replace(/\D/gu, '');
  const groups = written.match(/\d+/gu) ?? [];
  const spokenGroups = (groups.length > 1 ? groups.slice(international ? 1 : 0) : defaultGroups(digits)).map(readDigits);
  return [international ? 'cộng tám tư' : '', spokenGroups.join(', ')].filter(Boolean).join(' ');
}

/** Replaces phone numbers and announced service numbers with digit-by-digit words. */
export function readPhoneNumbers(text: string): string {
  return text
    .replace(PHONE, readLongestPhoneNumber)
    .replace(SERVICE_NUMBER, (_match, lead: string, number: string) => `${lead}${readPhoneNumber(number)}`);
}

/**
 * The pattern may run on into a number that follows ("0912 345 678 5 người"): drop trailing
 * groups until what is left is a phone number, and leave the rest as it was.
 */
function readLongestPhoneNumber(match: string): string {
  for (let end = match.length; end > 0; end = match.slice(0, end).search(/[ .-]\d+$/u)) {
    const candidate = match.slice(0, end);
    if (isPhoneNumber(candidate)) return `${readPhoneNumber(candidate)}${match.slice(end)}`;
  }
  return match;
}

/** 10–11 digits (11–12 with +84), and a written last group of at least three digits. */
function isPhoneNumber(written: string): boolean {
  const digits = written.replace(/\D/gu, '');
  const groups = written.match(/\d+/gu) ?? [];
  if (groups.length > 1 && (groups.at(-1)?.length ?? 0) < 3) return false;
  if (written.startsWith('+84')) return digits.length === 11 || digits.length === 12;
  return digits.length === 10 || digits.length === 11;
}

/** Groups an unbroken number as people say it: 0912 345 678, 0260 3862 123. */
function defaultGroups(digits: string): string[] {
  if (digits.length < 10) return [digits];
  return [digits.slice(0, 4), digits.slice(4, -3), digits.slice(-3)];
}
