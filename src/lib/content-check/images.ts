/**
 * Rules for the image files content points to (covers, portraits, pictures in a body): a file
 * next to the content, that exists and is not a camera original. The build optimises only such
 * files; a path from elsewhere ("/anh/x.jpg", another site's address) fails the build or makes
 * readers' phones fetch from another origin.
 */
import { folderOf, resolveRelative, type ContentSnapshot } from './snapshot';

/** Larger files are camera originals: they slow every build and bloat the repository; editors resize them first. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** File types the build's image pipeline reads. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'svg'] as const;

const IMAGE_FILE = new RegExp(`\\.(?:${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/** What is wrong with an image path written in `contentFile`, in Vietnamese; undefined when nothing is. */
export function imageProblem(contentFile: string, written: string, snapshot: ContentSnapshot): string | undefined {
  const path = written.trim();
  const target = resolveRelative(folderOf(contentFile), path);
  if (target === undefined || !target.startsWith(`${snapshot.root}/`)) {
    return `Ảnh "${path}" phải là một tệp đặt cạnh nội dung, viết dạng ./anh/ten-anh.jpg (không dùng địa chỉ trang web khác hay đường dẫn bắt đầu bằng "/"). Hãy tải ảnh lên ngay trong trường này.`;
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
