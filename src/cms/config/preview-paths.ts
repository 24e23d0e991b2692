/**
 * "Xem trên trang web" for each kind of content that has a page: the page's address as a Sveltia
 * CMS template (preview_path), made by the URL contract (src/lib/routes.ts) from the tags the CMS
 * fills in from the entry, so the editor's link and the site's page cannot drift apart.
 */
import { articlePath, chartPath, collectionPath, documentPath, exemplarPath, modelPath, questionPath, storyPath } from '../../lib/routes';

/** The entry's file name without its extension: an entry's id, as the build folds it, for file names the CMS writes (ASCII already). */
const FILE_NAME = '{{filename}}';

/** The folder between the kind's folder and the file ("2025" for content/questions/2025/tuan-06.mdx). */
const SUB_FOLDER = '{{dirname}}';

/** A field of the entry. */
const field = (name: string) => `{{fields.${name}}}`;

/**
 * A weekly question's address pads its week (".../2025/tuan-06/"), which the CMS's templates
 * cannot do from the number in the form; the file's own year folder and name give the address.
 * A file the editor creates for week 6 is tuan-6.mdx: the site answers at ".../tuan-6/" too and
 * sends the reader on (src/data/moved-pages.ts). The contract is followed as it is, checked by swapping the
 * sample year and week for the tags in questionPath's answer.
 */
function questionTemplate(): string {
  const sample = questionPath(2001, 2);
  const template = sample.replace('/2001/', `/${SUB_FOLDER}/`).replace(/tuan-02\/$/, `${FILE_NAME}/`);
  if (template === sample || !template.endsWith(`/${SUB_FOLDER}/${FILE_NAME}/`))
    throw new Error(`questionPath no longer ends in <year>/tuan-<week>/ (${sample}): update src/cms/config/preview-paths.ts.`);
  return template;
}

/** preview_path by collection name; kinds without pages of their own (localities, highlights, radio words) have none. */
export const previewPaths: Readonly<Record<string, string>> = {
  articles: articlePath(FILE_NAME),
  stories: storyPath(field('collection'), FILE_NAME),
  storyCollections: collectionPath(FILE_NAME),
  exemplars: exemplarPath(FILE_NAME),
  questions: questionTemplate(),
  documents: documentPath(FILE_NAME),
  models: modelPath(FILE_NAME),
  charts: chartPath(FILE_NAME),
};
