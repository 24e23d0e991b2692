/**
 * Sentences told from one item's facts, in the shapes of provincial news: who started what and
 * when, what it cost and who gave land or labour, the figures of the village and the commune,
 * a resident's own words, and the recurring conference where the example was praised.
 */
import type { ItemFacts, ItemPerson } from './item-facts.ts';
import type { Random } from './random.ts';
import { capitalise, viNumber } from './text.ts';
import { OLD_CROPS } from './vocabulary.ts';

type Template = (random: Random, facts: ItemFacts) => string;

const QUARTERS = ['I', 'II', 'III', 'IV'] as const;
const EVENINGS = ['thứ Hai', 'thứ Tư', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'] as const;
const SAID = ['kể', 'chia sẻ', 'tâm sự', 'cho biết', 'nói'] as const;

/** A person as the prose names them: "chị Y Hmưn". */
const who = ({ address, name }: ItemPerson) => `${address} ${name}`;

/** The main person, named in one of the ways a report varies: "anh A Blơi", "trưởng thôn A Blơi". */
const main = (random: Random, facts: ItemFacts) => (random.chance(0.6) ? who(facts.person) : `${facts.role} ${facts.person.name}`);

/** A decimal figure written the Vietnamese way: "1,5". */
const decimal = (random: Random, from: number, to: number) => `${random.int(from, to)},${random.int(1, 9)}`;

/** A year after the story began, no later than the item's publication. */
const later = (random: Random, facts: ItemFacts) => Math.min(facts.until, facts.year + random.int(1, 3));

/** The size of the item's work: "dài 1.250 mét". */
const workSize = (random: Random, { work }: ItemFacts) => work.size.replace('{n}', viNumber(random.int(work.range[0], work.range[1])));

/** What a resident says, in their own words. */
const SAYINGS: readonly Template[] = [
  (random, facts) =>
    `Trước đây cả ${facts.village} chỉ trồng ${random.pick(OLD_CROPS)}, quanh năm thiếu ăn. Nay nhà nào cũng có vài sào ${facts.crop}, con cháu được đi học đầy đủ.`,
  (random, facts) =>
    `Năm ${facts.year} nhà tôi mới có ${random.int(2, 5)} ${facts.livestock.unit} ${facts.livestock.name}, giờ đã lên ${random.int(12, 40)} ${facts.livestock.unit}, năm nào cũng có tiền lo cho con đi học.`,
  (_, facts) => `Ngày khởi công ${facts.work.name}, bà con ${facts.village} ai cũng mang cuốc, mang xẻng ra làm, không ai phải nhắc.`,
  (_, facts) => `Mình là ${facts.role} thì phải làm trước, bà con thấy được việc thì mới làm theo.`,
  (_, facts) =>
    `Cán bộ ${facts.commune} về tận rẫy chỉ cách bón phân, tỉa cành cho cây ${facts.crop}, nên bà con ${facts.village} yên tâm làm theo.`,
];

/** The templates, each a sentence about the item. */
const TEMPLATES: readonly Template[] = [
  (random, facts) =>
    `Năm ${facts.year}, ${main(random, facts)} mạnh dạn chuyển ${decimal(random, 0, 3)} ha đất trồng ${random.pick(OLD_CROPS)} kém hiệu quả sang trồng ${facts.crop}.`,
  (random, facts) =>
    `Thấy cách làm có hiệu quả, ${random.int(6, 60)} hộ ở ${facts.village} đã học theo; đến nay diện tích ${facts.crop} của ${facts.commune} đã lên tới ${viNumber(random.int(20, 400))} ha.`,
  (random, facts) =>
    `Công trình ${facts.work.name} ở ${facts.village} ${workSize(random, facts)}, tổng kinh phí hơn ${viNumber(random.int(120, 4_800))} triệu đồng, trong đó bà con đóng góp ${viNumber(random.int(150, 3_200))} ngày công.`,
  (random, facts) =>
    `Để có mặt bằng làm ${facts.work.name}, ${random.int(4, 40)} hộ dân ${facts.village} đã tự nguyện hiến ${viNumber(random.int(300, 9_000))} mét vuông đất, đi đầu là gia đình ${who(facts.neighbour)}.`,
  (random, facts) =>
    `Ngày ${random.int(1, 28)}/${random.int(1, 12)}/${later(random, facts)}, UBND ${facts.commune} khánh thành ${facts.work.name} ${facts.village} trong niềm vui của bà con.`,
  (random, facts) =>
    `${capitalise(main(random, facts))} hiện nuôi ${random.int(6, 60)} ${facts.livestock.unit} ${facts.livestock.name}, mỗi năm trừ chi phí còn lãi ${viNumber(random.int(40, 380))} triệu đồng.`,
  (random, facts) => `“${random.pick(SAYINGS)(random, facts).replace(/\.$/u, '')}”, ${who(facts.person)} ${random.pick(SAID)}.`,
  (random, facts) =>
    `Theo ${who(facts.official)}, ${facts.official.office} ${facts.commune}, từ năm ${facts.year} đến nay trên địa bàn có ${random.int(12, 260)} hộ thoát nghèo nhờ trồng ${facts.crop} và nuôi ${facts.livestock.name}.`,
  (random, facts) =>
    `${capitalise(facts.village)} hiện có ${facts.households} hộ với ${viNumber(facts.households * random.int(4, 5) + random.int(0, 40))} nhân khẩu, ${random.int(70, 99)}% là đồng bào ${facts.ethnicity}.`,
  (random, facts) =>
    `Tổ hợp tác trồng ${facts.crop} ${facts.village} do ${who(facts.person)} làm tổ trưởng, thành lập tháng ${random.int(1, 12)}/${facts.year}, nay có ${random.int(7, 45)} thành viên.`,
  (random, facts) => {
    // Directive 05-CT/TW dates from 2016; its reviews ("sơ kết") from two years on.
    const year = later(random, facts);
    const review = year >= 2018 ? `sơ kết ${year - 2016} năm thực hiện Chỉ thị 05-CT/TW` : 'tổng kết công tác dân vận';
    return `Tại Hội nghị ${review} của ${facts.district} năm ${year}, ${main(random, facts)} là một trong ${random.int(12, 60)} cá nhân được khen thưởng.`;
  },
  (random, facts) =>
    `Thu nhập bình quân của các hộ trồng ${facts.crop} ở ${facts.village} nay đạt ${random.int(35, 160)} triệu đồng mỗi năm, gấp ${random.int(2, 5)} lần so với năm ${facts.year}.`,
  (random, facts) =>
    `Với ${random.int(30, 100)} triệu đồng vay vốn Ngân hàng Chính sách xã hội ${facts.district}, ${who(facts.neighbour)} đầu tư nuôi ${random.int(2, 10)} ${facts.livestock.unit} ${facts.livestock.name} và được ${who(facts.person)} hướng dẫn cách chăm sóc.`,
  (random, facts) =>
    `Tối ${random.pick(EVENINGS)} hằng tuần, ${main(random, facts)} lại mở loa kể chuyện Bác Hồ bằng tiếng ${facts.ethnicity} cho bà con ${facts.village} nghe.`,
  (random, facts) =>
    `Tháng ${random.int(1, 12)}/${later(random, facts)}, ${facts.village} được UBND ${facts.district} công nhận đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.`,
  (random, facts) =>
    `Sau ${random.int(3, 8)} năm, tỷ lệ hộ nghèo ở ${facts.village} giảm từ ${decimal(random, 25, 60)}% xuống còn ${decimal(random, 2, 15)}%.`,
  (random, facts) =>
    `Câu chuyện của ${who(facts.person)} được Đảng ủy ${facts.commune} chọn làm chuyên đề sinh hoạt chi bộ quý ${random.pick(QUARTERS)}/${later(random, facts)}.`,
  (random, facts) =>
    `${capitalise(who(facts.neighbour))}, hàng xóm của ${who(facts.person)}, cho biết nhờ được chỉ dẫn tận tình mà vườn ${facts.crop} nhà mình đã cho thu hoạch sau ${random.int(2, 4)} năm.`,
  (random, facts) =>
    `Đoàn viên thanh niên ${facts.commune} đã góp ${random.int(40, 600)} ngày công giúp ${facts.village} hoàn thành ${facts.work.name} sớm ${random.int(1, 4)} tháng.`,
];

/**
 * Tells an item's facts one sentence at a time, each template once before any repeats, so a
 * body reads as one report rather than the same sentence over again.
 */
export function factTeller(random: Random, facts: ItemFacts): () => string {
  let deck: Template[] = [];
  return () => {
    if (deck.length === 0) deck = random.sample(TEMPLATES, TEMPLATES.length);
    return deck.pop()!(random, facts);
  };
}
