/**
 * What one item is about: its people, its village and commune, its crop, herd and works, its
 * year. Real provincial news keeps returning to its own few names, places and figures; a body
 * told from these facts has phrases no other item has, as a real article does.
 */
import type { CorpusPlaces } from './localities.ts';
import { ROLES, formOfAddress, personName, villageName } from './names.ts';
import type { Random } from './random.ts';
import { CROPS, ETHNICITIES, LIVESTOCK, OFFICES, WORKS } from './vocabulary.ts';

const HIGHLAND_PEOPLES = ETHNICITIES.filter((people) => people !== 'Kinh');

/** Someone the item names, with how the prose calls them. */
export interface ItemPerson {
  name: string;
  /** "anh", "chị", "ông", "bà", or the title an exemplar is known by ("già làng"). */
  address: string;
}

/** The facts one item's body is told from. */
export interface ItemFacts {
  /** The item's main person. */
  person: ItemPerson;
  /** What the main person does: "trưởng thôn", "giáo viên"… */
  role: string;
  /** A neighbour, helped or following the example. */
  neighbour: ItemPerson;
  /** A commune official quoted on the figures, with the office. */
  official: ItemPerson & { office: string };
  village: string;
  commune: string;
  district: string;
  /** A highland people of the village. */
  ethnicity: string;
  crop: string;
  livestock: (typeof LIVESTOCK)[number];
  work: (typeof WORKS)[number];
  /** When the story begins: a few years before `until`. */
  year: number;
  /** The year the item is published; nothing it tells happens later. */
  until: number;
  /** Households of the village. */
  households: number;
}

/** Someone named, with a form of address. */
function itemPerson(random: Random, name = personName(random)): ItemPerson {
  return { name, address: formOfAddress(random, name) };
}

/** What an item already says about itself: its publication day, and for an exemplar its person or village. */
export interface KnownFacts {
  /** "YYYY-MM-DD". */
  pubDate: string;
  person?: string;
  /** How the item already calls its person ("già làng", "chị"); drawn from the name if not given. */
  address?: string;
  village?: string;
}

/** Draws an item's facts around what it already says. */
export function itemFacts(random: Random, places: CorpusPlaces, known: KnownFacts): ItemFacts {
  const until = Number(known.pubDate.slice(0, 4));
  const commune = random.pick(places.communes);
  return {
    person: known.person && known.address ? { name: known.person, address: known.address } : itemPerson(random, known.person),
    role: random.pick(ROLES),
    neighbour: itemPerson(random),
    official: { ...itemPerson(random), office: random.pick(OFFICES) },
    village: known.village ?? villageName(random),
    commune,
    district: places.districtOf.get(commune) ?? random.pick(places.districts),
    ethnicity: random.pick(HIGHLAND_PEOPLES),
    crop: random.pick(CROPS),
    livestock: random.pick(LIVESTOCK),
    work: random.pick(WORKS),
    year: until - random.int(1, 8),
    until,
    households: random.int(45, 420),
  };
}
