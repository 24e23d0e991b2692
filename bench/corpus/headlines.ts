/**
 * Article headlines in the shapes a provincial news desk writes them: people and places,
 * figures and dates, document codes, quotations of Bác, and recurring events whose titles
 * differ only in a place or a year ("Hội nghị sơ kết … năm 2021 / 2022"), as real sites have.
 * The people and places are the article's own (item-facts.ts), so its body tells of them too.
 */
import type { ItemFacts } from './item-facts.ts';
import type { Random } from './random.ts';
import { capitalise, viNumber } from './text.ts';
import { ACTIONS, OBJECTS, SUBJECTS } from './vocabulary.ts';
import { QUOTES } from './labels.ts';

const EVENTS = [
  'Hội nghị sơ kết',
  'Hội nghị tổng kết',
  'Hội thảo khoa học',
  'Lễ tuyên dương',
  'Hội nghị chuyên đề',
  'Buổi sinh hoạt chuyên đề',
] as const;
const EVENT_TOPICS = [
  'thực hiện Chỉ thị 05-CT/TW',
  'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'phong trào thi đua "Dân vận khéo"',
  'công tác giảm nghèo bền vững',
  'xây dựng nông thôn mới',
  'công tác dân vận của chính quyền',
] as const;
const DOC_KINDS = [
  ['Kế hoạch', 'KH'],
  ['Nghị quyết', 'NQ'],
  ['Chỉ thị', 'CT'],
  ['Hướng dẫn', 'HD'],
  ['Thông báo kết luận', 'TB'],
] as const;
const DOC_ISSUERS = ['TU', 'HU', 'ĐU', 'BTGTU', 'BDVTU'] as const;
const ACHIEVEMENTS = [
  'thoát nghèo',
  'có nước sạch',
  'được vay vốn',
  'làm nhà mới',
  'trồng sâm Ngọc Linh',
  'chuyển sang trồng cà phê',
  'có điện lưới',
  'nhận bò giống',
] as const;
const CONTESTS = [
  'Tìm hiểu về cuộc đời và sự nghiệp của Chủ tịch Hồ Chí Minh',
  'Kể chuyện về Bác',
  'Viết về gương người tốt, việc tốt',
  'Sáng tác ảnh "Làm theo lời Bác"',
  'Tìm hiểu Chỉ thị 05-CT/TW',
] as const;
const ORDINALS = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;
const PORTRAITS = [
  'người giữ lửa nhà rông',
  'người “gieo chữ” nơi biên giới',
  'người thắp sáng đường làng',
  'cầu nối giữa Đảng và đồng bào',
  'người gác rừng không lương',
  'người đưa cây sâm về làng',
  'người hiến đất mở đường',
  'nghệ nhân giữ hồn cồng chiêng',
] as const;

/** A date written the Vietnamese way, d/m/yyyy. */
export function dayMonthYear(random: Random, fromYear: number, toYear: number): string {
  return `${random.int(1, 28)}/${random.int(1, 12)}/${random.int(fromYear, toYear)}`;
}

/** A document code like "128-KH/TU", "05-CT/TW" or "1.029/QĐ-UBND". */
export function documentCode(random: Random): { name: string; code: string } {
  if (random.chance(0.25)) return { name: 'Quyết định', code: `${viNumber(random.int(15, 2_400))}/QĐ-UBND` };
  const [name, short] = random.pick(DOC_KINDS);
  return { name, code: `${String(random.int(1, 320)).padStart(2, '0')}-${short}/${random.pick(DOC_ISSUERS)}` };
}

/** The first clause of a quotation of Bác, short enough for a headline. */
function quoteHead(random: Random): string {
  return random.pick(QUOTES).text.split(/[.,/]/u)[0]!.trim();
}

/** One headline about the article's facts. */
export function headline(random: Random, facts: ItemFacts): string {
  const year = () => random.int(2016, 2025);
  switch (random.int(0, 13)) {
    case 0:
      return `${random.pick(EVENTS)} ${random.int(3, 10)} năm ${random.pick(EVENT_TOPICS)} ở ${facts.district} năm ${year()}`;
    case 1:
      return `${capitalise(random.pick(OBJECTS))} ở ${facts.commune}`;
    case 2:
      return `${capitalise(random.pick(SUBJECTS))} ${facts.village} ${random.pick(ACTIONS)} ${random.pick(OBJECTS)}`;
    case 3:
      return `${viNumber(random.int(12, 12_000))} lượt người tham gia ${random.pick(OBJECTS)} năm ${random.int(facts.year, facts.until)}`;
    case 4: {
      const { name, code } = documentCode(random);
      return `${capitalise(facts.district)} triển khai ${name} số ${code} về ${random.pick(OBJECTS)}`;
    }
    case 5:
      return `${capitalise(facts.person.address)} ${facts.person.name}: ${random.pick(PORTRAITS)} ở ${facts.village}`;
    case 6:
      return `Gặp ${facts.role} ${facts.person.name}, ${facts.commune}`;
    case 7:
      return `${capitalise(facts.commune)}: ${viNumber(random.int(8, 1_400))} hộ ${random.pick(ACHIEVEMENTS)} sau ${random.int(2, 9)} năm`;
    case 8:
      return `“${quoteHead(random)}” – chuyện ở ${facts.village}`;
    case 9:
      return `Ngày ${dayMonthYear(random, 2016, 2025)}: ${random.pick(SUBJECTS).toLocaleLowerCase('vi')} ${facts.village} ${random.pick(ACTIONS)} ${random.pick(OBJECTS)}`;
    case 10: {
      const age = random.int(126, 135);
      return `Kỷ niệm ${age} năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/${1890 + age}) tại ${facts.district}`;
    }
    case 11:
      return `Trao giải cuộc thi "${random.pick(CONTESTS)}" lần thứ ${random.pick(ORDINALS)} năm ${year()}`;
    case 12:
      return `Vì sao ${facts.commune} giữ vững ${random.pick(OBJECTS)}?`;
    default:
      return `${capitalise(facts.district)}: ${viNumber(random.int(120, 9_800))} cán bộ, đảng viên học chuyên đề năm ${year()}`;
  }
}
