/**
 * The weekly radio programmes: one for each published week that has a question, made from the
 * question, one story and one exemplar (the question's first related ones, else the week's turn
 * in a rotation), read from the same radio scripts as the items' own radio pages.
 */
import { groupByYearMonth, type YearGroup } from '../lib/calendar-groups';
import { assembleProgramme, type Programme } from '../lib/radio/programme';
import { featureForWeek } from '../lib/radio/rotation';
import { runningOrder, type ProgrammeItem } from '../lib/radio/running-order';
import { programmePath } from '../lib/routes';
import { siteConfig } from '../site.config';
import { owner } from './sample';
import { getCatalog, type Exemplar, type Question, type Story } from './catalog';
import { questionWeek } from './questions';
import { programmeScriptsOf } from './radio';
import { itemKinds } from './item-page';

/** Which items make one week's programme: known without reading any script. */
export interface ProgrammePlan {
  /** Site path: /phat-thanh/<year>/tuan-<NN>/. */
  path: string;
  /** ISO year and week. */
  year: number;
  week: number;
  /** Monday and Sunday. */
  start: Date;
  end: Date;
  question: Question;
  story?: Story;
  exemplar?: Exemplar;
}

/** One week's programme with what it is made from. */
export interface WeeklyProgramme extends ProgrammePlan {
  programme: Programme;
}

let planning: Promise<ProgrammePlan[]> | undefined;

/**
 * Every week's plan, newest week first; made once per build. Cheap, unlike the programmes
 * themselves, so routes list and key their pages from the plans and assemble a programme
 * only for a page they render.
 */
export function getProgrammePlans(): Promise<ProgrammePlan[]> {
  planning ??= getCatalog().then(({ questions, stories, exemplars }) =>
    questions.map((question) => {
      const { year, week, relatedStories, relatedExemplars } = question.data;
      const { start, end } = questionWeek(question);
      const story = featureForWeek(linked(relatedStories, stories), stories, { year, week });
      const exemplar = featureForWeek(linked(relatedExemplars, exemplars), exemplars, { year, week });
      return { path: programmePath(year, week), year, week, start, end, question, story, exemplar };
    }),
  );
  return planning;
}

/** The entries a programme reads aloud, whole: its page key must follow their bodies. */
export const programmeSources = ({ question, story, exemplar }: ProgrammePlan): (Question | Story | Exemplar)[] => [
  question,
  ...(story ? [story] : []),
  ...(exemplar ? [exemplar] : []),
];

const assembled = new Map<string, Promise<WeeklyProgramme>>();

/** A week's programme, assembled from its items' radio scripts once per build. */
export function weeklyProgramme(plan: ProgrammePlan): Promise<WeeklyProgramme> {
  let weekly = assembled.get(plan.path);
  if (!weekly) {
    weekly = assemble(plan);
    assembled.set(plan.path, weekly);
  }
  return weekly;
}

/** Every programme, newest week first. */
export async function getProgrammes(): Promise<WeeklyProgramme[]> {
  return Promise.all((await getProgrammePlans()).map(weeklyProgramme));
}

async function assemble(plan: ProgrammePlan): Promise<WeeklyProgramme> {
  const { story, exemplar, start, end } = plan;
  // Read together, so a quote and its citation shared by two items are read once.
  const [spokenQuestion, ...rest] = await spoken(plan);
  const segments = runningOrder({
    programme: siteConfig.name,
    office: owner.office,
    start,
    end,
    question: spokenQuestion as ProgrammeItem,
    story: story && rest.shift(),
    exemplar: exemplar && rest.shift(),
  });
  const pace = { syllablesPerMinute: siteConfig.radioSyllablesPerMinute, paragraphPauseSeconds: siteConfig.radioParagraphPauseSeconds };
  return { ...plan, programme: assembleProgramme(segments, pace, siteConfig.radioProgrammeMinutes) };
}

/** The published entries a question links to, in the question's order. */
function linked<T extends { id: string }>(refs: readonly { id: string }[], entries: readonly T[]): T[] {
  return refs.flatMap((ref) => entries.filter((entry) => entry.id === ref.id));
}

/** The programme's items, in airing order, with their titles and bodies as the programme reads them. */
async function spoken({ question, story, exemplar }: ProgrammePlan): Promise<ProgrammeItem[]> {
  const items = [
    itemKinds.questions.radio(question),
    ...(story ? [itemKinds.stories.radio(story)] : []),
    ...(exemplar ? [itemKinds.exemplars.radio(exemplar)] : []),
  ];
  const scripts = await programmeScriptsOf(items);
  return scripts.map((script, index) => ({ title: script.title, body: script.body, sample: items[index]?.sample ?? false }));
}

/** The programmes a reader's week may pick at the top of /phat-thanh/, newest first: a page days old still finds it. */
const RECENT = 3;

/** /phat-thanh/ as it shows the programmes: the recent weeks for the highlight, then all by year and month. */
export interface ProgrammeArchive {
  /** Every programme, newest first. */
  programmes: WeeklyProgramme[];
  recent: WeeklyProgramme[];
  years: YearGroup<WeeklyProgramme>[];
}

/**
 * Every programme, for the list page. A week is filed under the month of its Thursday, which
 * also decides its ISO year, so week 1 of 2026 (29/12/2025 – 4/1/2026) sits in January 2026.
 */
export async function getProgrammeArchive(): Promise<ProgrammeArchive> {
  const programmes = await getProgrammes();
  return {
    programmes,
    recent: programmes.slice(0, RECENT),
    years: groupByYearMonth(programmes, ({ start }) => new Date(start.getTime() + 3 * 86_400_000)),
  };
}
