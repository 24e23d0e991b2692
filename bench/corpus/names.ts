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

/** A person's full name, Kinh or highland. */
export function personName(random: Random): string {
  if (random.chance(0.45)) return `${random.pick(HIGHLAND_PREFIX)} ${random.pick(HIGHLAND_GIVEN)}`;
  return `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`;
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

/** A village ("làng Kon Klor", "thôn 7"). */
export function villageName(random: Random): string {
  if (random.chance(0.2)) return `thôn ${random.int(1, 15)}`;
  return `${random.pick(VILLAGE_HEAD)} ${random.pick(VILLAGE_FIRST)} ${random.pick(VILLAGE_SECOND)}`;
}
