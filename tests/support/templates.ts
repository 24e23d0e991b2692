/** One built page of each template, so browser checks cover every kind of page without visiting all of them. */
import { builtPages } from './dist.ts';

/** Template names and the path pattern that identifies their pages. */
export const TEMPLATES: readonly [string, RegExp][] = [
  ['home', /^\/$/],
  ['article list', /^\/bai-viet\/$/],
  ['article list page 2+', /^\/bai-viet\/trang\/\d+\/$/],
  ['category', /^\/bai-viet\/chuyen-muc\/[^/]+\/$/],
  ['tag', /^\/bai-viet\/the\/[^/]+\/$/],
  ['article', /^\/bai-viet\/(?!trang\/|chuyen-muc\/|the\/)[^/]+\/$/],
  ['article radio', /^\/bai-viet\/[^/]+\/ban-doc\/$/],
  ['story index', /^\/ke-chuyen-bac-ho\/$/],
  ['collection', /^\/ke-chuyen-bac-ho\/(?!chu-de\/)[^/]+\/$/],
  ['story', /^\/ke-chuyen-bac-ho\/(?!chu-de\/)[^/]+\/[^/]+\/$/],
  ['theme', /^\/ke-chuyen-bac-ho\/chu-de\/[^/]+\/$/],
  ['exemplar index', /^\/tam-guong-binh-di\/$/],
  ['exemplar', /^\/tam-guong-binh-di\/(?!dia-ban\/|linh-vuc\/|loai\/|nam\/)[^/]+\/$/],
  ['exemplar filter', /^\/tam-guong-binh-di\/(dia-ban|linh-vuc|loai|nam)\/[^/]+\/$/],
  ['question archive', /^\/cau-hoi-hang-tuan\/$/],
  ['question year', /^\/cau-hoi-hang-tuan\/\d{4}\/$/],
  ['question', /^\/cau-hoi-hang-tuan\/\d{4}\/tuan-\d{2}\/$/],
  ['on this day', /^\/ngay-nay-nam-xua\/$/],
  ['on this day, one day', /^\/ngay-nay-nam-xua\/\d{2}-\d{2}\/$/],
  ['radio programmes', /^\/phat-thanh\/$/],
  ['radio programme', /^\/phat-thanh\/\d{4}\/tuan-\d{2}\/$/],
  ['document list', /^\/van-ban\/$/],
  ['document', /^\/van-ban\/(?!loai\/|nam\/)[^/]+\/$/],
  ['document filter', /^\/van-ban\/(loai|nam)\/[^/]+\/$/],
  ['document radio', /^\/van-ban\/[^/]+\/ban-doc\/$/],
  ['model list', /^\/mo-hinh\/$/],
  ['model', /^\/mo-hinh\/(?!dia-ban\/|linh-vuc\/)[^/]+\/$/],
  ['model filter', /^\/mo-hinh\/(dia-ban|linh-vuc)\/[^/]+\/$/],
  ['chart list', /^\/so-lieu\/$/],
  ['chart', /^\/so-lieu\/[^/]+\/$/],
  ['poster', /^\/so-lieu\/[^/]+\/ap-phich\/$/],
  ['contest list', /^\/cuoc-thi\/$/],
  ['contest', /^\/cuoc-thi\/(?!tac-pham\/)[^/]+\/$/],
  ['contest work list', /^\/cuoc-thi\/tac-pham\/$/],
  ['contest work', /^\/cuoc-thi\/tac-pham\/[^/]+\/$/],
  ['quiz', /^\/thi-tim-hieu\/$/],
  ['search', /^\/tim-kiem\/$/],
  ['about', /^\/gioi-thieu\/$/],
  ['not found', /^\/404\.html$/],
];

/** The first built page of each template; undefined where the site has none. */
export function templatePages(): { name: string; path: string | undefined }[] {
  const paths = builtPages().map((page) => page.path);
  return TEMPLATES.map(([name, pattern]) => ({ name, path: paths.find((path) => pattern.test(path)) }));
}
