/** How an exemplar's recognitions are listed in its structured data and search filters. */

/** One recognition, as the exemplar schema gives it. */
export interface Recognition {
  year: number;
  title: string;
}

/** Award names oldest first, each with its year: "Bằng khen của Chủ tịch UBND tỉnh (2019)". */
export const awardNames = (recognitions: readonly Recognition[]): string[] =>
  [...recognitions].sort((a, b) => a.year - b.year).map((recognition) => `${recognition.title} (${recognition.year})`);

/** The year of the latest recognition: the year an exemplar is filed under in search; undefined without any. */
export const latestRecognitionYear = (recognitions: readonly Recognition[]): number | undefined =>
  recognitions.length > 0 ? Math.max(...recognitions.map((recognition) => recognition.year)) : undefined;
