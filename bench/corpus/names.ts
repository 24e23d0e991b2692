/**
 * Names of people and places for generated content: Kinh names and those of the highland
 * peoples (Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng…), villages and communes, built from parts
 * so that a corpus of thousands of items has thousands of distinct names, as a real site does.
 */
import type { Random } from './random.ts';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Đoàn',
  'Lương',
  'Trương',
] as const;
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Ngọc', 'Xuân', 'Công', 'Đình', 'Thị Thu', 'Văn Đức'] as const;
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đông',
  'Động',
  'Hà',
  'Hải',
  'Hòa',
  'Hùng',
  'Hương',
  'Lan',
  'Lành',
  'Linh',
  'Mến',
  'Nga',
  'Ngân',
  'Phúc',
  'Quý',
  'Sơn',
  'Tám',
  'Thảo',
  'Thuận',
  'Trang',
  'Tuấn',
  'Vinh',
  'Yến',
  'Đạt',
  'Định',
  'Đào',
  'Điệp',
  'Đức',
  'Khánh',
  'Lộc',
  'Nhàn',
  'Tâm',
  'Bảo',
  'Chiến',
  'Diệu',
  'Duyên',
  'Giang',
  'Hạnh',
  'Hằng',
  'Hiền',
  'Hiếu',
  'Hoa',
  'Huệ',
  'Huy',
  'Kiều',
  'Lâm',
  'Liên',
  'Loan',
  'Long',
  'Lợi',
  'Mai',
  'Minh',
  'Nam',
  'Nghĩa',
  'Nhung',
  'Oanh',
  'Phương',
  'Quyên',
  'Sang',
  'Thắng',
  'Thịnh',
  'Thoa',
  'Thư',
  'Tiến',
  'Toàn',
  'Trinh',
  'Trung',
  'Tùng',
  'Uyên',
  'Vân',
  'Việt',
  'Xuyến',
] as const;
/** Highland names: a prefix marking a man (A), a woman (Y) or a Gia Rai clan, then a given name. */
const HIGHLAND_PREFIX = ['A', 'A', 'Y', 'Y', 'Rơ Chăm', 'Siu', 'Ksor', 'Rơ Mah', 'Puih'] as const;
const HIGHLAND_GIVEN = [
  'Blong',
  'Phênh',
  'Tăng',
  'Hrui',
  'Thoong',
  'Kiên',
  'Nhít',
  'Chinh',
  'Đen',
  'Ríu',
  'Lâm',
  'Ngân',
  'Brênh',
  'Hnai',
  'Sương',
  'Thúy',
  'Khiên',
  'Mai',
  'Đa',
  'Hloi',
  'Blơi',
  'H’Nga',
  'Đơk',
  'Tơ Lung',
  'Kring',
  'Djuăt',
  'Bình',
  'Hmưn',
  'Rin',
  'Yên',
  'Dốt',
  'Đăm',
] as const;

/** How syllables of highland names and villages begin and end, as they are spelled in Vietnamese. */
const ONSETS = [
  'B',
  'Bl',
  'Br',
  'Ch',
  'D',
  'Dj',
  'Đ',
  'Dr',
  'G',
  'Gl',
  'H',
  'Hl',
  'Hm',
  'Hn',
  'Hr',
  'K',
  'Kl',
  'Kr',
  'L',
  'M',
  'N',
  'Ng',
  'Nh',
  'P',
  'Pl',
  'R',
  'S',
  'T',
  'Th',
  'Tr',
  'V',
  'Y',
] as const;
const RHYMES = [
  'a',
  'ai',
  'ang',
  'ăm',
  'ăn',
  'ăng',
  'ăt',
  'âu',
  'e',
  'êh',
  'ên',
  'eo',
  'ia',
  'iêng',
  'in',
  'inh',
  'it',
  'o',
  'oi',
  'ong',
  'ông',
  'ơ',
  'ơi',
  'ơk',
  'ơm',
  'ơn',
  'ơng',
  'ơp',
  'u',
  'uăt',
  'ui',
  'ung',
  'ưi',
  'ưn',
  'ưng',
  'ươt',
  'ưt',
] as const;

/**
 * A syllable of the highland languages as Vietnamese spells it ("Hmưn", "Blơi", "Krông"): about
 * 1,200 of them, so most are rare in a corpus, as the names of real villages and people are.
 */
export function highlandSyllable(random: Random): string {
  return `${random.pick(ONSETS)}${random.pick(RHYMES)}`;
}

/** A person's full name, Kinh or highland. */
export function personName(random: Random): string {
  if (random.chance(0.45)) {
    const given = random.chance(0.5) ? random.pick(HIGHLAND_GIVEN) : highlandSyllable(random);
    return `${random.pick(HIGHLAND_PREFIX)} ${given}`;
  }
  return `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`;
}

/** How news prose calls a person: "chị" for a woman (Y…, …Thị…), "anh" for others; "bà", "ông" when older. */
export function formOfAddress(random: Random, name: string): string {
  const woman = name.startsWith('Y ') || / Thị /u.test(name);
  if (random.chance(0.3)) return woman ? 'bà' : 'ông';
  return woman ? 'chị' : 'anh';
}

/** How a person is addressed in a title. */
export const HONORIFICS = [
  'Anh',
  'Chị',
  'Ông',
  'Bà',
  'Thầy',
  'Cô giáo',
  'Già làng',
  'Bí thư chi bộ',
  'Cựu chiến binh',
  'Nghệ nhân',
  'Trưởng thôn',
  'Bác sĩ',
  'Thượng úy',
] as const;

/** What a person does, after their name ("…, trưởng thôn Kon Klor"). */
export const ROLES = [
  'trưởng thôn',
  'bí thư chi bộ',
  'chủ tịch hội nông dân xã',
  'giáo viên',
  'y sĩ trạm y tế',
  'người có uy tín',
  'chi hội trưởng phụ nữ',
  'đoàn viên',
  'nghệ nhân cồng chiêng',
  'cán bộ biên phòng',
] as const;

const VILLAGE_HEAD = ['thôn', 'làng', 'làng', 'thôn'] as const;
const VILLAGE_FIRST = ['Kon', 'Plei', 'Đăk', 'Ngọc', 'Tu', 'Măng', 'Kon Tu', 'Đắk', 'Ia'] as const;
const VILLAGE_SECOND = [
  'Brâp Du',
  'Rơ Nang',
  'Wớt',
  'Klor',
  'Mơ Rông',
  'Pxi',
  'Réo',
  'Kần',
  'Cành',
  'Xú',
  'Đào',
  'Hring',
  'Tang',
  'Bơ',
  'Lấp',
  'Kia',
  'Sut',
  'Jri',
  'Mahar',
  'Rờ Bàng',
  'Krăng',
  'Đok',
  'Tơ Kan',
  'Hnor',
  'Năng',
  'Drei',
  'Tơ Rế',
  'Lung',
  'Gung',
  'Wang',
  'Pơ Ê',
  'Dục',
] as const;

/** A village ("làng Kon Klor", "thôn Đăk Hmưn", "thôn 7"). */
export function villageName(random: Random): string {
  if (random.chance(0.2)) return `thôn ${random.int(1, 15)}`;
  const second = random.chance(0.5) ? random.pick(VILLAGE_SECOND) : highlandSyllable(random);
  return `${random.pick(VILLAGE_HEAD)} ${random.pick(VILLAGE_FIRST)} ${second}`;
}
