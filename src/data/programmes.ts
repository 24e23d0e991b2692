/**
 * The weekly radio programmes: one for each published week that has a question, made from the
 * question, one story and one exemplar (the question's first related ones, else the week's turn
 * in a rotation), read from the same radio scripts as the items' own radio pages.
 */
import { assembleProgramme, type Programme } from '../lib/radio/programme';
import { featureForWeek } from '../lib/radio/rotation';
import { runningOrder, type ProgrammeItem } from '../lib/radio/running-order';
import { programmePath } from '../lib/routes';
import { siteConfig } from '../site.config';
import { getCatalog, type Exemplar, type Question, type Story } from './catalog';
import { questionWeek } from './questions';
import { programmeScriptsOf } from './radio';
import { radioItemFor, type RadioEntry } from './radio-items';

/** One week's programme with what it is made from. */
export interface WeeklyProgramme {
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
  programme: Programme;
}

let loading: Promise<WeeklyProgramme[]> | undefined;

/** Every programme, newest week first; made once per build. */
export function getProgrammes(): Promise<WeeklyProgramme[]> {
  loading ??= loadProgrammes();
  return loading;
}

async function loadProgrammes(): Promise<WeeklyProgramme[]> {
  const { questions, stories, exemplars } = await getCatalog();
  return Promise.all(
    questions.map(async (question) => {
      const { year, week, relatedStories, relatedExemplars } = question.data;
      const { start, end } = questionWeek(question);
      const story = featureForWeek(linked(relatedStories, stories), stories, { year, week });
      const exemplar = featureForWeek(linked(relatedExemplars, exemplars), exemplars, { year, week });
      const [spokenQuestion, ...rest] = await spoken([question, ...(story ? [story] : []), ...(exemplar ? [exemplar] : [])]);
      const segments = runningOrder({
        programme: siteConfig.name,
        office: siteConfig.office,
        start,
        end,
        question: spokenQuestion as ProgrammeItem,
        story: story && rest.shift(),
        exemplar: exemplar && rest.shift(),
      });
      const pace = { syllablesPerMinute: siteConfig.radioSyllablesPerMinute, paragraphPauseSeconds: siteConfig.radioParagraphPauseSeconds };
      const programme = assembleProgramme(segments, pace, siteConfig.radioProgrammeMinutes);
      return { path: programmePath(year, week), year, week, start, end, question, story, exemplar, programme };
    }),
  );
}

/** The published entries a question links to, in the question's order. */
function linked<T extends { id: string }>(refs: readonly { id: string }[], entries: readonly T[]): T[] {
  return refs.flatMap((ref) => entries.filter((entry) => entry.id === ref.id));
}

/** The programme's items, in airing order, with their titles and bodies as the programme reads them. */
async function spoken(entries: readonly RadioEntry[]): Promise<ProgrammeItem[]> {
  const scripts = await programmeScriptsOf(entries.map(radioItemFor));
  return scripts.map((script) => ({ title: script.title, body: script.body }));
}
