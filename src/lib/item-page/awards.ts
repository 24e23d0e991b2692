/** How an exemplar's recognitions are listed in its structured data and search filters. */

/** One recognition, as the exemplar schema gives it. */
export interface Recognition {
  year: number;
  title: string;
}

/** Award names oldest first, each with its year: "Bằng khen của Chủ tịch UBND tỉnh (2019)". */
export const awardNames = (recognitions: readonly Recognition[]): string[] =>
  [...recognitions].sort((a, b) => a.year - b.year).map((recognition) => `${recognition.title} (${recognition.year})`);

/** Every year with a recognition, oldest first: the years an exemplar is filed under in search, as on the exemplar year pages. */
export const recognitionYearsOf = (recognitions: readonly Recognition[]): number[] =>
  [...new Set(recognitions.map((recognition) => recognition.year))].sort((a, b) => a - b);
