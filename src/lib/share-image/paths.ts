/**
 * Where each page's share image lives. The layouts put this URL in og:image and
 * the build writes the file there, so this module is the single source of the mapping.
 */

/** Width of every share image in pixels: the 1.91:1 size Facebook and Zalo expect. */
export const SHARE_IMAGE_WIDTH = 1200;

/** Height of every share image in pixels. */
export const SHARE_IMAGE_HEIGHT = 630;

/** MIME type of the share images, for og:image:type. */
export const SHARE_IMAGE_TYPE = 'image/jpeg';

/** Folder of the built site that holds the share images. */
export const SHARE_IMAGE_DIR = 'og';

/** Maps a page path to its share image path: "/bai-viet/abc/" → "/og/bai-viet/abc.jpg", "/" → "/og/index.jpg". */
export function shareImagePath(pagePath: string): string {
  const name = pagePath
    .replace(/[?#].*$/, '')
    .replace(/\.html$/, '')
    .replace(/(^|\/)index$/, '')
    .replace(/^\/+|\/+$/g, '');
  return `/${SHARE_IMAGE_DIR}/${name || 'index'}.jpg`;
}
