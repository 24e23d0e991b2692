/** Reading numbers aloud the Vietnamese way: digits, integers, decimals, ordinals. */

const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** Names of the three-digit groups inside a block of nine digits, from the right. */
const GROUP_SCALES = ['', 'nghìn', 'triệu'] as const;

/** The word for one digit character: "7" → "bảy". */
export function digitWord(digit: string): string {
  const word = DIGIT_WORDS[Number(digit)];
  if (digit.length !== 1 || word === undefined) throw new RangeError(`Not a digit: "${digit}"`);
  return word;
}

/** Reads digits one by one, as announcers read phone numbers and codes: "0912" → "không chín một hai". */
export function readDigits(digits: string): string {
  return [...digits].map(digitWord).join(' ');
}

/**
 * Reads a whole number: 21 → "hai mươi mốt", 1005 → "một nghìn không trăm linh năm",
 * 1050000 → "một triệu không trăm năm mươi nghìn". Leading zeros are ignored; any size is
 * accepted (10^12 → "một nghìn tỷ", 10^18 → "một tỷ tỷ").
 */
export function readInteger(value: string | number | bigint): string {
  const digits = String(value);
  if (!/^\d+$/u.test(digits)) throw new RangeError(`Not a whole number: "${digits}"`);
  const significant = digits.replace(/^0+/u, '');
  return significant === '' ? DIGIT_WORDS[0] : readSignificant(significant);
}

/** Reads an ordinal after "thứ" or "hạng": 1 → "nhất", 4 → "tư", others as cardinals. */
export function readOrdinal(value: string | number): string {
  const digits = String(value).replace(/^0+(?=\d)/u, '');
  if (digits === '1') return 'nhất';
  if (digits === '4') return 'tư';
  return readInteger(digits);
}

/**
 * Reads the part after the decimal comma: leading zeros one by one, the rest as a number,
 * so "14" → "mười bốn" and "05" → "không năm".
 */
export function readDecimalPart(digits: string): string {
  const [, zeros = '', rest = ''] = /^(0*)(\d*)$/u.exec(digits) ?? [];
  const words: string[] = [...zeros].map(() => DIGIT_WORDS[0]);
  if (rest !== '') words.push(readInteger(rest));
  return words.join(' ');
}

/**
 * Reads a number written the Vietnamese way: "." groups thousands and "," marks decimals
 * ("10.930" → "mười nghìn chín trăm ba mươi", "3,5" → "ba phẩy năm"), a leading minus is "âm".
 * Dots that are not thousands groups ("4.0", "1.2.3") are read "chấm", as in version numbers.
 */
export function readWrittenNumber(written: string): string {
  const negative = /^[-−]/u.test(written);
  const body = negative ? written.slice(1) : written;
  const spoken = readUnsigned(body);
  return negative ? `âm ${spoken}` : spoken;
}

function readUnsigned(body: string): string {
  const grouped = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/u.exec(body);
  if (grouped) return withDecimal(readInteger(grouped[1]!.replaceAll('.', '')), grouped[2]);
  const plain = /^(\d+)(?:,(\d+))?$/u.exec(body);
  if (plain) return withDecimal(readInteger(plain[1]!), plain[2]);
  const parts = body.split(/([.,])/u);
  return parts
    .map((part, index) => {
      if (part === '.') return 'chấm';
      if (part === ',') return 'phẩy';
      return index === 0 ? readInteger(part) : readDecimalPart(part);
    })
    .join(' ');
}

function withDecimal(integer: string, decimals: string | undefined): string {
  return decimals === undefined ? integer : `${integer} phẩy ${readDecimalPart(decimals)}`;
}

/** Reads digits without leading zeros, splitting off blocks of nine digits that end in "tỷ". */
function readSignificant(digits: string): string {
  if (digits.length <= 9) return readBlock(digits, false);
  const high = digits.slice(0, -9);
  const low = digits.slice(-9);
  const words = [readSignificant(high), 'tỷ'];
  if (/[1-9]/u.test(low)) words.push(readBlock(low, true));
  return words.join(' ');
}

/**
 * Reads up to nine digits as groups of three; zero groups are skipped, and every group after
 * the first spoken one (or every group, when something bigger came before) says its hundreds.
 */
function readBlock(digits: string, afterHigherPart: boolean): string {
  const padded = digits.padStart(Math.ceil(digits.length / 3) * 3, '0');
  const groups = padded.match(/\d{3}/gu) ?? [];
  const words: string[] = [];
  let full = afterHigherPart;
  groups.forEach((group, index) => {
    const value = Number(group);
    if (value === 0) return;
    words.push(readGroup(value, full));
    const scale = GROUP_SCALES[groups.length - 1 - index];
    if (scale) words.push(scale);
    full = true;
  });
  return words.join(' ');
}

/** Reads 1–999; `full` forces "không trăm" when the hundreds digit is zero. */
function readGroup(value: number, full: boolean): string {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor(value / 10) % 10;
  const units = value % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(DIGIT_WORDS[hundreds]!, 'trăm');
  if (tens === 0 && units > 0 && words.length > 0) words.push('linh');
  if (tens === 1) words.push('mười');
  if (tens > 1) words.push(DIGIT_WORDS[tens]!, 'mươi');
  if (units > 0) words.push(unitWord(units, tens));
  return words.join(' ');
}

/** The units word, which changes after a tens word: mốt (21), tư (24), lăm (15, 25). */
function unitWord(units: number, tens: number): string {
  if (units === 1 && tens >= 2) return 'mốt';
  if (units === 4 && tens >= 2) return 'tư';
  if (units === 5 && tens >= 1) return 'lăm';
  return DIGIT_WORDS[units]!;
}
