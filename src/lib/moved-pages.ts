/**
 * Addresses that moved. A page's URL is forever (it is shared on Zalo), so an item renamed once
 * keeps its old address, which sends the reader to the new one (a page with a refresh and the
 * new canonical, src/pages/[...moved].astro). Each entry moves the item's page and its radio page.
 */
import { questionPath } from './routes';

/** Old item path → new item path. */
export const MOVED_ITEMS: Readonly<Record<string, string>> = {
  // Made-up profiles renamed so they no longer match real units (issue #23).
  '/tam-guong-binh-di/lang-plei-ro-nang/': '/tam-guong-binh-di/mot-lang-ba-na-ven-song/',
  '/tam-guong-binh-di/truong-ptdt-ban-tru-tieu-hoc-suoi-may/': '/tam-guong-binh-di/mot-truong-tieu-hoc-ban-tru-vung-cao/',
  '/tam-guong-binh-di/to-dan-pho-hoa-sua/': '/tam-guong-binh-di/mot-to-dan-pho-tu-quan/',
};

/**
 * The unpadded address of each weekly question of weeks 1–9 ("…/2026/tuan-6/" for "…/tuan-06/"):
 * the editor names a new question's file by the number typed in its form (tuan-6.mdx), which its
 * "Xem trên trang web" link follows, and a reader may type the week that way too.
 */
export function unpaddedWeeks(weeks: readonly { year: number; week: number }[]): Record<string, string> {
  return Object.fromEntries(
    weeks
      .filter(({ week }) => week < 10)
      .map(({ year, week }) => {
        const path = questionPath(year, week);
        return [path.replace(/tuan-0(\d)\/$/, 'tuan-$1/'), path];
      }),
  );
}

/** Every moved address with where it now is: each item's page and its radio page ("ban-doc/"). */
export function movedPages(moved: Readonly<Record<string, string>> = MOVED_ITEMS): Record<string, string> {
  return Object.fromEntries(
    Object.entries(moved).flatMap(([from, to]) => [
      [from, to],
      [`${from}ban-doc/`, `${to}ban-doc/`],
    ]),
  );
}
