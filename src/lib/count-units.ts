/**
 * Whether a chart's figure can be what its unit counts. People, meetings, awards and cases come
 * in whole numbers, so a fraction there is a typing slip, most often "10.930" written with the
 * Vietnamese thousands dot, which YAML reads as the decimal 10.93. Units that measure (money,
 * area, a percentage) may have decimals; a unit this list does not know is left alone.
 */

/** Nouns that count whole things, as a chart's unit starts with them ("lượt", "tập thể, cá nhân"). */
const COUNT_NOUNS = [
  'lượt',
  'người',
  'cá nhân',
  'tập thể',
  'trường hợp',
  'hội nghị',
  'cuộc',
  'buổi',
  'lớp',
  'lần',
  'điểm cầu',
  'mô hình',
  'tác phẩm',
  'tin',
  'bài',
  'hộ',
  'gia đình',
  'cán bộ',
  'đảng viên',
  'học sinh',
  'hội viên',
  'chi bộ',
  'tổ chức',
  'đơn vị',
  'công trình',
  'thôn',
  'làng',
  'xã',
  'trường',
];

const STARTS_WITH_COUNT_NOUN = new RegExp(`^(?:${COUNT_NOUNS.join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** True when every part of a unit ("tập thể, cá nhân") names whole things; a rate ("/", "%") never does. */
export function isCountUnit(unit: string): boolean {
  const text = unit.normalize('NFC').trim().toLocaleLowerCase('vi');
  if (text === '' || /[/%]/u.test(text)) return false;
  return text.split(/\s*,\s*|\s+và\s+/u).every((part) => STARTS_WITH_COUNT_NOUN.test(part));
}

/**
 * Why a figure cannot be what its unit counts, in Vietnamese, or undefined when it can. A
 * fraction whose thousandfold is whole is named as the dotted figure it was most likely meant to be.
 */
export function countUnitProblem(value: number, unit: string): string | undefined {
  if (Number.isInteger(value) || !isCountUnit(unit)) return undefined;
  const thousandfold = Math.round(value * 1000);
  const likely = Math.abs(thousandfold - value * 1000) < 1e-6 ? ` Có phải ý bạn là ${thousandfold}?` : '';
  // Written as Vietnamese writes decimals: "10.93" would read as ten thousand nine hundred thirty.
  const shown = String(value).replace('.', ',');
  return (
    `Con số ${shown} không phải số nguyên, mà đơn vị "${unit}" đếm người hoặc sự việc. Viết số liền, không dấu chấm ` +
    `ngăn hàng nghìn: YAML đọc "10.930" thành 10,93.${likely} (a count must be a whole number)`
  );
}
