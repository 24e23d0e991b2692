/** The editor's own field types, by the names the configuration gives them (src/cms/app/ registers them). */

/** A date typed and shown day first (src/cms/app/date-field.ts). */
export const DATE_FIELD = 'ngay';

/** A year, four digits shown as written (src/cms/app/year-field.ts). */
export const YEAR_FIELD = 'nam';
