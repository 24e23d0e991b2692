/**
 * Units and currency after a number: "50%" → "50 phần trăm", "120 ha" → "120 héc-ta",
 * "100m2" → "100 mét vuông", "50.000đ" → "50.000 đồng". The number itself is read later.
 *
 * A slash after a quantity means "per" only when what follows is a unit of time, measure or a
 * head count, and is read "mỗi": "80 km/h" → "80 ki-lô-mét mỗi giờ", "2 triệu đồng/người/tháng"
 * → "… đồng mỗi người mỗi tháng". "mỗi" is plain speech that every listener understands, where
 * "trên" sounds like a fraction. Other slashes ("xã/phường") are alternatives, handled later.
 */
import { escapeRegExp } from './patterns';

/** Symbols read only after a number, longest first when matched. */
const UNITS: ReadonlyMap<string, string> = new Map([
  ['km²', 'ki-lô-mét vuông'],
  ['km2', 'ki-lô-mét vuông'],
  ['m²', 'mét vuông'],
  ['m2', 'mét vuông'],
  ['m³', 'mét khối'],
  ['m3', 'mét khối'],
  ['km', 'ki-lô-mét'],
  ['cm', 'xăng-ti-mét'],
  ['mm', 'mi-li-mét'],
  ['m', 'mét'],
  ['ha', 'héc-ta'],
  ['kg', 'ki-lô-gam'],
  ['kWh', 'ki-lô-oát giờ'],
  ['kW', 'ki-lô-oát'],
  ['MW', 'mê-ga-oát'],
  ['°C', 'độ C'],
  ['℃', 'độ C'],
  ['oC', 'độ C'],
  ['VNĐ', 'đồng'],
  ['VND', 'đồng'],
  ['đ', 'đồng'],
  ['USD', 'đô la Mỹ'],
  ['%', 'phần trăm'],
  ['‰', 'phần nghìn'],
]);

/** Words and symbols that can follow "/" to mean "per"; symbols are read as in UNITS. */
const PER_UNITS: ReadonlyMap<string, string> = new Map([
  ...UNITS,
  ['h', 'giờ'],
  ['s', 'giây'],
  ...'giờ phút giây ngày tuần tháng quý năm người hộ khẩu lượt ca suất con tấn lít sào mẫu'.split(' ').map((word) => [word, word] as const),
]);

const alternation = (keys: Iterable<string>) =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const UNIT_AFTER_NUMBER = new RegExp(`(?<=\\d)\\s?(${alternation(UNITS.keys())})(?![\\p{L}\\p{N}²³])`, 'gu');
const PER_SLASH = new RegExp(
  `(?<=\\d[\\d.,]*\\s?[\\p{L}²³%°℃]+(?:[\\s/][\\p{L}²³]+){0,3})/(${alternation(PER_UNITS.keys())})(?![\\p{L}\\p{N}²³])`,
  'gu',
);

/** Replaces units after numbers, and "per" slashes after quantities, with words. */
export function readUnits(text: string): string {
  return text
    .replace(PER_SLASH, (_match, unit: string) => ` mỗi ${PER_UNITS.get(unit) ?? unit}`)
    .replace(UNIT_AFTER_NUMBER, (_match, unit: string) => ` ${UNITS.get(unit) ?? unit}`);
}
