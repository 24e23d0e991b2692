/** Where the editor lives on the site: its page, and the script the build copies next to it (src/integrations/cms-vendor/). */

/** Folder the editor is served from. */
export const ADMIN_PATH = '/admin/';

/** The CMS script, copied from the npm package by the build. */
export const CMS_SCRIPT_PATH = `${ADMIN_PATH}sveltia-cms.js`;

/** What the save check knows of the content: the public index of the build, or the whole folder on one computer (local-server/). */
export const CONTENT_INDEX_PATH = `${ADMIN_PATH}content-index.json`;
