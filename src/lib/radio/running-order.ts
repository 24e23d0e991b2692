/**
 * The running order of the weekly programme: an opening with the week's dates, the week's
 * question and its answer, one story about Bác, one exemplar, and a closing. Items are read from
 * their own radio scripts' bodies (already normalised), each led in by a short line; the greeting
 * and thanks of the items' own scripts are left out, since the programme says them once.
 */
import type { ProgrammeSegment } from './programme';
import {
  PROGRAMME_PARTS,
  programmeClosing,
  programmeExemplarLead,
  programmeOpening,
  programmeQuestionLead,
  programmeSampleExemplarLead,
  programmeStoryLead,
} from './phrases';

/** What the programme reads of an item: its title and body as spoken (from its radio script). */
export interface ProgrammeItem {
  readonly title: string;
  readonly body: readonly string[];
  /** A made-up item (`sample: true`): announced as illustration, never as a real person. */
  readonly sample?: boolean;
}

/** Everything a week's programme is made from. */
export interface RunningOrderInput {
  /** The programme's name as read, e.g. "Làm theo Bác". */
  readonly programme: string;
  /** Who makes it, e.g. "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi"; none on a sample site, whose programme credits nobody. */
  readonly office: string | undefined;
  /** Monday and Sunday of the week. */
  readonly start: Date;
  readonly end: Date;
  /** The week's question: its title is the question, its body the answer and Bác's words. */
  readonly question: ProgrammeItem;
  readonly story?: ProgrammeItem;
  readonly exemplar?: ProgrammeItem;
}

/** The programme's segments in airing order; a missing story or exemplar is simply not announced. */
export function runningOrder(input: RunningOrderInput): ProgrammeSegment[] {
  const parts = [
    PROGRAMME_PARTS.question,
    ...(input.story ? [PROGRAMME_PARTS.story] : []),
    ...(input.exemplar ? [input.exemplar.sample ? PROGRAMME_PARTS.sampleExemplar : PROGRAMME_PARTS.exemplar] : []),
  ];
  const segments: ProgrammeSegment[] = [
    { kind: 'opening', paragraphs: [programmeOpening(input.programme, input.start, input.end, parts)] },
    { kind: 'question', paragraphs: [programmeQuestionLead(), input.question.title, ...input.question.body] },
  ];
  if (input.story) segments.push({ kind: 'story', paragraphs: [programmeStoryLead(input.story.title), ...input.story.body] });
  if (input.exemplar) {
    const lead = input.exemplar.sample ? programmeSampleExemplarLead : programmeExemplarLead;
    segments.push({ kind: 'exemplar', paragraphs: [lead(input.exemplar.title), ...input.exemplar.body] });
  }
  segments.push({ kind: 'closing', paragraphs: [programmeClosing(input.programme, input.office)] });
  return segments;
}
