/**
 * The URL contract. Links are shared on Zalo and must never change, so every
 * page and link builds its path here and nowhere else. Paths end with "/".
 */
import { padWeek } from './iso-week';
import { pagedPath } from './paginate';

/** Root paths of each section. */
export const sections = {
  articles: '/bai-viet/',
  stories: '/ke-chuyen-bac-ho/',
  exemplars: '/tam-guong-binh-di/',
  questions: '/cau-hoi-hang-tuan/',
  onThisDay: '/ngay-nay-nam-xua/',
  radio: '/phat-thanh/',
  search: '/tim-kiem/',
  documents: '/van-ban/',
  models: '/mo-hinh/',
  charts: '/so-lieu/',
  contests: '/cuoc-thi/',
  contestWorks: '/cuoc-thi/tac-pham/',
  quiz: '/thi-tim-hieu/',
  about: '/gioi-thieu/',
} as const;

/** An article: /bai-viet/<slug>/. */
export const articlePath = (slug: string) => `${sections.articles}${slug}/`;
/** Page N (from 2) of the article list: /bai-viet/trang/<n>/. */
export const articleListPath = (page: number) => pagedPath(sections.articles, page);
/** Articles in a category: /bai-viet/chuyen-muc/<slug>/. */
export const categoryPath = (slug: string) => `${sections.articles}chuyen-muc/${slug}/`;
/** Articles with a tag: /bai-viet/the/<slug>/. */
export const tagPath = (slug: string) => `${sections.articles}the/${slug}/`;

/** A story collection: /ke-chuyen-bac-ho/<collection>/. */
export const collectionPath = (collection: string) => `${sections.stories}${collection}/`;
/** A story: /ke-chuyen-bac-ho/<collection>/<story>/. */
export const storyPath = (collection: string, story: string) => `${sections.stories}${collection}/${story}/`;
/** Stories on a theme across collections: /ke-chuyen-bac-ho/chu-de/<theme>/. */
export const themePath = (theme: string) => `${sections.stories}chu-de/${theme}/`;

/** An exemplar profile: /tam-guong-binh-di/<slug>/. */
export const exemplarPath = (slug: string) => `${sections.exemplars}${slug}/`;
/** Exemplars in a locality: /tam-guong-binh-di/dia-ban/<locality>/. */
export const exemplarLocalityPath = (locality: string) => `${sections.exemplars}dia-ban/${locality}/`;
/** Exemplars in a field: /tam-guong-binh-di/linh-vuc/<field>/. */
export const exemplarFieldPath = (field: string) => `${sections.exemplars}linh-vuc/${field}/`;
/** Exemplars of a kind (individual or collective): /tam-guong-binh-di/loai/<kind>/. */
export const exemplarKindPath = (kind: string) => `${sections.exemplars}loai/${kind}/`;
/** Exemplars recognised in a year: /tam-guong-binh-di/nam/<year>/. */
export const exemplarYearPath = (year: number) => `${sections.exemplars}nam/${year}/`;

/** A document: /van-ban/<slug>/. */
export const documentPath = (slug: string) => `${sections.documents}${slug}/`;
/** A document's attachment, served next to its page: /van-ban/<slug>/<file name>. */
export const attachmentPath = (slug: string, fileName: string) => `${documentPath(slug)}${fileName}`;
/** Documents of a type: /van-ban/loai/<type>/. */
export const documentTypePath = (type: string) => `${sections.documents}loai/${type}/`;
/** Documents issued in a year: /van-ban/nam/<year>/. */
export const documentYearPath = (year: number | string) => `${sections.documents}nam/${year}/`;

/** A model: /mo-hinh/<slug>/. */
export const modelPath = (slug: string) => `${sections.models}${slug}/`;
/** Models started or replicated in a locality: /mo-hinh/dia-ban/<locality>/. */
export const modelLocalityPath = (locality: string) => `${sections.models}dia-ban/${locality}/`;
/** Models in a field: /mo-hinh/linh-vuc/<field>/. */
export const modelFieldPath = (field: string) => `${sections.models}linh-vuc/${field}/`;

/** One chart: /so-lieu/<slug>/. */
export const chartPath = (slug: string) => `${sections.charts}${slug}/`;

/** A contest or award round: /cuoc-thi/<slug>/. */
export const contestPath = (slug: string) => `${sections.contests}${slug}/`;
/** A work that won a prize in a round: /cuoc-thi/tac-pham/<slug>/. */
export const contestWorkPath = (slug: string) => `${sections.contestWorks}${slug}/`;

/** A year of weekly questions: /cau-hoi-hang-tuan/<year>/. */
export const questionYearPath = (year: number) => `${sections.questions}${year}/`;
/** A weekly question: /cau-hoi-hang-tuan/<year>/tuan-<NN>/. */
export const questionPath = (year: number, week: number) => `${sections.questions}${year}/tuan-${padWeek(week)}/`;

/** A calendar day with content: /ngay-nay-nam-xua/<MM-DD>/. */
export const onThisDayPath = (dayKey: string) => `${sections.onThisDay}${dayKey}/`;
/** A weekly radio programme: /phat-thanh/<year>/tuan-<NN>/. */
export const programmePath = (year: number, week: number) => `${sections.radio}${year}/tuan-${padWeek(week)}/`;

/** The RSS feed of a section (<section>rss.xml), or of the whole site (/rss.xml). */
export const feedPath = (section = '/') => `${section}rss.xml`;

/** The radio version of any item page: <item>/ban-doc/. */
export const radioPath = (itemPath: string) => `${itemPath}ban-doc/`;
/** The downloadable radio text of any item page: <item>/ban-doc.txt. */
export const radioTextPath = (itemPath: string) => `${itemPath}ban-doc.txt`;

/** Paper sizes a poster is laid out for. */
export type PosterSize = 'a4' | 'a3';

/** An item's poster for notice boards: <item>/ap-phich/ (A4), <item>/ap-phich/a3/ (A3). */
export const posterPath = (itemPath: string, size: PosterSize = 'a4') => `${itemPath}ap-phich/${size === 'a4' ? '' : `${size}/`}`;

/** Absolute URL of a site path, for share previews, feeds and canonical links. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
