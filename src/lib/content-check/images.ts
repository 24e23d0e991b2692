/**
 * Rules for the image files content points to (covers, portraits, pictures in a body): a file
 * of the content folder, that exists and is not a camera original. A field may name a file next
 * to the entry ("./anh/bia.jpg") or one of the editor's shared images ("/anh/logo.jpg", the
 * folder content/anh/ that the editor's "all images" library writes to). Another site's address
 * would make readers' phones fetch from another origin, and the build optimises only its own files.
 */
import { folderOf, resolveRelative, type ContentSnapshot } from './snapshot';

/** Larger files are camera originals: they slow every build and bloat the repository; editors resize them first. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** File types the build's image pipeline reads. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'svg'] as const;

const IMAGE_FILE = new RegExp(`\\.(?:${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/** The shared images' folder, under the content folder, and how fields name it ("/anh/logo.jpg"). */
export const SHARED_IMAGES = { folder: 'anh', sitePath: '/anh/' } as const;

/** The file an image path names, from the repository root: relative to the entry, or in the shared folder. */
export function imageTarget(contentFile: string, written: string, root: string): string | undefined {
  if (written.startsWith(SHARED_IMAGES.sitePath)) return `${root}/${SHARED_IMAGES.folder}/${written.slice(SHARED_IMAGES.sitePath.length)}`;
  return resolveRelative(folderOf(contentFile), written);
}

/**
 * A shared image's path as the build's image pipeline needs it, relative to the entry
 * ("/anh/logo.jpg" in content/articles/a.mdx → "../anh/logo.jpg"); other paths are returned as written.
 */
export function relativeImagePath(contentFile: string, written: string, root: string): string {
  if (!written.startsWith(SHARED_IMAGES.sitePath) || !IMAGE_FILE.test(written)) return written;
  const depth = folderOf(contentFile).split('/').length - root.split('/').length;
  return `${depth === 0 ? './' : '../'.repeat(depth)}${SHARED_IMAGES.folder}/${written.slice(SHARED_IMAGES.sitePath.length)}`;
}

/** What is wrong with an image path written in `contentFile`, in Vietnamese; undefined when nothing is. */
export function imageProblem(contentFile: string, written: string, snapshot: ContentSnapshot): string | undefined {
  const path = written.trim();
  const target = imageTarget(contentFile, path, snapshot.root);
  if (target === undefined || !target.startsWith(`${snapshot.root}/`)) {
    return `Ảnh "${path}" phải là một tệp trong thư mục nội dung: tải ảnh lên ngay trong trường này (tệp được lưu dạng ./anh/ten-anh.jpg), hoặc chọn trong kho ảnh dùng chung. Không dùng địa chỉ của trang web khác.`;
  }
  if (!IMAGE_FILE.test(path)) {
    return `Tệp "${path}" không phải là ảnh: dùng ảnh JPG, PNG, WebP, AVIF, GIF hoặc SVG.`;
  }
  const file = snapshot.files.get(target);
  if (!file) return `Không tìm thấy tệp ảnh "${path}". Kiểm tra tên tệp (kể cả chữ hoa, chữ thường) và thư mục.`;
  if (file.bytes > MAX_IMAGE_BYTES) {
    return `Ảnh "${path}" nặng ${(file.bytes / 1024 / 1024).toFixed(1)} MB, quá giới hạn ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Hãy thu nhỏ ảnh (chiều rộng khoảng 2.000 điểm ảnh là đủ) rồi lưu lại.`;
  }
  return undefined;
}
