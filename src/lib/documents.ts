/** Plain rules for documents ("Văn bản – Tài liệu"): the year a document is filed under and how it is named. */

/** The year a document is filed under: its own `year` (a yearly theme), else the year of issue. */
export const documentYear = (data: { issued?: Date; year?: number }): number => data.year ?? data.issued?.getUTCFullYear() ?? 0;

/** "Chỉ thị 05-CT/TW", or the type alone when the document has no number. */
export const documentLabel = (data: { type: string; number?: string }): string => (data.number ? `${data.type} ${data.number}` : data.type);

/** A short name for trails and share titles: "Chỉ thị 05-CT/TW", or "Chuyên đề 2019" for a document without a number. */
export const documentShortName = (data: { type: string; number?: string; issued?: Date; year?: number }): string =>
  data.number ? documentLabel(data) : `${data.type} ${documentYear(data)}`;
