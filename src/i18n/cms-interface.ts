/**
 * The editor's own interface strings in Vietnamese (Sveltia CMS's buttons, dialogs, messages),
 * by the CMS's dotted key, in its MessageFormat 2 syntax: where the package's translation is
 * missing, English, wrong for our editors or too technical. src/cms/locale.ts merges them over
 * the package's Vietnamese.
 *
 * The words, kept the same everywhere (docs/bien-tap.md uses them too):
 * - an entry is "mục" (src/cms/locale.ts turns the package's "bài viết" into it);
 * - a collection is "loại nội dung" or its own name, never "chuyên mục" (an article's category);
 * - assets are "ảnh và tệp"; a folder of them belongs to "mục này", "loại nội dung này" or is
 *   "chung" (content/anh/);
 * - a slug is the "tên tệp (địa chỉ trang)": on this site the file's name is the page's address;
 * - the repository is the "thư mục nội dung" on the editor's own computer (local workflow) and the
 *   "kho nội dung" on a Git server; no commit, branch or fork jargon where an editor reads it;
 * - "Lưu" writes the files; the site changes only when it is built again ("tạo trang"), and
 *   putting changes on the live site is "đăng", as in the docs, never "xuất bản";
 * - "bản nháp" is our content's `draft` switch, so the CMS's own backup of unsaved work is
 *   "phần đang sửa dở".
 *
 * Vietnamese has one plural form (CLDR "other"), so a `one` variant never matches: a variant for
 * exactly one is written `1`, and the English `0` variant is kept.
 */
export const cmsInterfaceText: Readonly<Record<string, string>> = {
  // Common words and buttons
  select_item: 'Chọn {$name}',
  publish: 'Đăng',
  publishing: 'Đang đăng…',
  discard: 'Bỏ đi',
  global: 'Chung',
  collection: 'Loại nội dung',
  folders: 'Thư mục',
  more_folders: 'Các thư mục khác',
  domain: 'Tên miền',
  slug: 'Tên tệp (địa chỉ trang)',
  size: 'Dung lượng',
  visit_live_site: 'Xem trang web',
  'boolean.true': 'Có',
  'boolean.false': 'Không',

  // Starting the editor and signing in
  loading_cms_config: 'Đang tải cấu hình trình biên tập…',
  sign_in_using_access_token_description: 'Dán mã truy cập vào ô dưới đây. Mã phải có quyền đọc và ghi kho nội dung.',
  sign_in_using_access_token_workflow_note:
    'Vì quy trình duyệt bài đang bật, mã cũng phải có quyền đọc và ghi các yêu cầu hợp nhất (pull request).',
  sign_in_with_link: 'Đăng nhập bằng liên kết',
  sign_in_with_link_confirmation:
    'Liên kết này đăng nhập bạn bằng tài khoản {$account} trên {$service} và chép các thiết lập từ thiết bị đã tạo ra nó. Chỉ tiếp tục nếu chính bạn đã tạo liên kết này.',
  work_with_local_repo: 'Làm việc với thư mục nội dung trên máy này',
  work_with_local_repo_description: 'Khi trình duyệt hỏi, hãy chọn thư mục “{$repo}” (thư mục chứa content/, không phải chính content/).',
  work_with_local_repo_description_no_repo:
    'Khi trình duyệt hỏi, hãy chọn thư mục nội dung của trang (thư mục chứa content/, không phải chính content/).',
  work_with_test_repo: 'Làm việc với nội dung thử nghiệm',
  working_with_local_repo: 'Đang làm việc với thư mục nội dung trên máy này',
  working_with_test_repo: 'Đang làm việc với nội dung thử nghiệm',
  'sign_in_error.not_project_root': 'Thư mục vừa chọn không phải thư mục nội dung của trang (thư mục chứa content/). Vui lòng chọn lại.',
  'sign_in_error.picker_dismissed': 'Chưa chọn được thư mục nội dung. Vui lòng thử lại.',
  'sign_in_error.UNSUPPORTED_BACKEND': 'Máy chủ Git của bạn không được dịch vụ xác thực hỗ trợ.',
  'sign_in_error.MISCONFIGURED_CLIENT': 'Ứng dụng OAuth chưa được cấu hình mã ứng dụng (client ID) hoặc khóa bí mật.',
  'sign_in_error.CSRF_DETECTED': 'Phát hiện dấu hiệu giả mạo yêu cầu (CSRF). Đăng nhập đã dừng lại.',
  backend_unsupported_version: 'Máy chủ {$name} cần {$name} phiên bản {$version} trở lên.',
  repository_no_access: 'Bạn không có quyền truy cập kho nội dung “{$repo}”.',
  repository_not_found: 'Không có kho nội dung “{$repo}”.',
  repository_empty: 'Kho nội dung “{$repo}” chưa có nhánh nào.',
  branch_not_found: 'Kho nội dung “{$repo}” không có nhánh “{$branch}”.',
  entry_parse_errors:
    '.input {$count :integer} .match $count 1 {{Không đọc được một tệp nội dung. Chi tiết nằm trong bảng điều khiển (Console) của trình duyệt: nhấn F12 để xem.}} * {{Không đọc được {$count} tệp nội dung. Chi tiết nằm trong bảng điều khiển (Console) của trình duyệt: nhấn F12 để xem.}}',
  'local_workflow.indicator': 'Trên máy này',
  'local_workflow.unsupported_browser': 'Trình duyệt này không mở được thư mục trên máy. Hãy dùng Chrome hoặc Edge.',
  'local_workflow.disabled': 'Trình duyệt đang tắt việc mở thư mục trên máy. <a>Xem cách bật</a>.',

  // The menu bar, banners and help
  assets: 'Ảnh và tệp',
  cms_config: 'Cấu hình trình biên tập',
  mobile_promo_title: 'Trình biên tập cũng dùng được trên điện thoại và máy tính bảng.',
  mobile_promo_button: 'Dùng thử',
  // Sveltia shows this banner in the browser's language, with the "change_language" and "later"
  // buttons, whatever the message says (an empty one does not hide it). While the editor speaks
  // Vietnamese, src/cms/app/start.ts tells the CMS the browser does too, so the banner is not
  // shown; this text is seen only by one who picked another language in a Vietnamese browser.
  new_language_available: 'Trình biên tập có giao diện {$locale}.',
  change_language: 'Đổi ngôn ngữ',
  search_placeholder_contents: 'Tìm nội dung…',
  search_placeholder_assets: 'Tìm ảnh và tệp…',
  search_placeholder_all: 'Tìm nội dung, ảnh và tệp…',
  create_entry_or_assets: 'Tạo mục mới hoặc tải ảnh, tệp lên',
  publish_changes: 'Đăng các thay đổi lên trang',
  publishing_changes: 'Đang đăng các thay đổi…',
  publishing_changes_failed: 'Không đăng được các thay đổi. Vui lòng thử lại.',
  git_repository: 'Kho nội dung (Git)',
  categories: 'Nhóm cài đặt',

  // Lists of entries and of files
  content_library: 'Nội dung',
  asset_library: 'Ảnh và tệp',
  collections: 'Loại nội dung',
  'asset_location.repository': 'Trên trang web này',
  'asset_location.stock_photos': 'Kho ảnh miễn phí',
  collection_assets: 'Ảnh và tệp của loại nội dung',
  asset_list: 'Danh sách ảnh và tệp',
  x_collection: '{$collection}',
  x_asset_folder: 'Thư mục {$folder}',
  viewing_collection_list: 'Bạn đang xem danh sách loại nội dung.',
  viewing_asset_folder_list: 'Bạn đang xem danh sách thư mục ảnh và tệp.',
  viewing_x_collection:
    '.input {$count :integer} .match $count 0 {{Bạn đang xem “{$collection}”, chưa có mục nào.}} 1 {{Bạn đang xem “{$collection}”, có một mục.}} * {{Bạn đang xem “{$collection}”, có {$count} mục.}}',
  viewing_x_asset_folder:
    '.input {$count :integer} .match $count 0 {{Bạn đang xem thư mục “{$folder}”, chưa có tệp nào.}} 1 {{Bạn đang xem thư mục “{$folder}”, có một tệp.}} * {{Bạn đang xem thư mục “{$folder}”, có {$count} tệp.}}',
  collection_not_found: 'Không tìm thấy loại nội dung này.',
  asset_folder_not_found: 'Không tìm thấy thư mục ảnh và tệp này.',
  'sort_keys.slug': 'Tên tệp',
  'sort_keys.last_modified': 'Ngày sửa',
  'sort_keys.size': 'Dung lượng',
  all_assets: 'Tất cả ảnh và tệp',
  global_assets: 'Ảnh và tệp chung',
  file_unavailable: 'Không mở được',
  file_unavailable_description: 'Không tải được tệp này. Có thể tệp đã bị chuyển đi hoặc bị xóa.',
  creating_entries_disabled_by_admin: 'Người quản trị đã tắt việc tạo mục mới trong loại nội dung này.',
  creating_entries_disabled_by_quota: 'Không thể thêm mục mới vì loại nội dung này đã đủ {$quota} mục.',
  creating_entries_nearing_quota:
    '.input {$remaining :integer} .match $remaining * {{Loại nội dung này sắp đủ {$quota} mục. Bạn chỉ còn tạo thêm được {$remaining} mục.}}',
  back_to_collection: 'Quay lại danh sách mục',
  collection_list: 'Danh sách loại nội dung',
  back_to_collection_list: 'Quay lại danh sách loại nội dung',
  asset_folder_list: 'Danh sách thư mục ảnh và tệp',
  back_to_asset_folder_list: 'Quay lại danh sách thư mục ảnh và tệp',
  back_to_parent_folder: 'Quay lại thư mục bên trên',
  upload_assets: 'Tải ảnh, tệp mới lên',
  no_entries_created: 'Loại nội dung này chưa có mục nào.',
  no_files_in_collection: 'Loại nội dung này chưa có tệp nào.',

  // Folders of images and files
  new_folder: 'Thư mục mới',
  new_folder_name: 'Tên thư mục',
  new_folder_create: 'Tạo',
  new_folder_description: 'Thư mục mới sẽ được tạo trong “{$folder}”.',
  'new_folder_error.empty': 'Tên thư mục không được để trống.',
  'new_folder_error.invalid': 'Tên thư mục không được chứa dấu gạch chéo (/) hoặc bắt đầu bằng dấu chấm.',
  'new_folder_error.duplicate': 'Ở đây đã có một thư mục hoặc tệp cùng tên.',
  creating_folder: 'Đang tạo thư mục…',
  creating_folder_failed: 'Không tạo được thư mục.',
  folder_options: 'Tùy chọn thư mục',
  show_folder_options: 'Hiện tùy chọn thư mục',
  rename_folder: 'Đổi tên thư mục',
  delete_folder: 'Xóa thư mục',
  enter_new_name_for_folder:
    '.input {$count :integer} .match $count 0 {{Nhập tên mới bên dưới.}} 1 {{Nhập tên mới bên dưới. Tệp trong thư mục sẽ được chuyển theo, và mục nào dùng tệp ấy sẽ được sửa theo.}} * {{Nhập tên mới bên dưới. {$count} tệp trong thư mục sẽ được chuyển theo, và các mục dùng chúng sẽ được sửa theo.}}',
  enter_new_name_for_external_folder:
    '.input {$count :integer} .match $count 0 {{Nhập tên mới bên dưới.}} 1 {{Nhập tên mới bên dưới. Tệp trong thư mục sẽ được chuyển theo và địa chỉ (URL) của nó sẽ đổi, nên hãy sửa mục nào đang dùng nó.}} * {{Nhập tên mới bên dưới. {$count} tệp trong thư mục sẽ được chuyển theo và địa chỉ (URL) của chúng sẽ đổi, nên hãy sửa các mục đang dùng chúng.}}',
  confirm_deleting_folder:
    '.input {$count :integer} .match $count 0 {{Bạn có chắc muốn xóa thư mục trống “{$name}”?}} 1 {{Bạn có chắc muốn xóa thư mục “{$name}” và tệp trong đó?}} * {{Bạn có chắc muốn xóa thư mục “{$name}” và {$count} tệp trong đó?}}',
  renaming_folder: 'Đang đổi tên thư mục…',
  renaming_folder_failed: 'Không đổi tên được thư mục.',
  deleting_folder: 'Đang xóa thư mục…',
  deleting_folder_failed: 'Không xóa được thư mục.',
  folder_created: 'Đã tạo thư mục.',
  folder_path: 'Đường dẫn thư mục',
  folder_contents: 'Trong thư mục',
  x_folders: '.input {$count :integer} .match $count 0 {{Không có thư mục nào}} * {{{$count} thư mục}}',
  folder_renamed: 'Đã đổi tên thư mục.',
  folder_deleted: 'Đã xóa thư mục.',

  // One image or file
  edit_asset: 'Sửa tệp',
  wrap_long_lines: 'Tự xuống dòng',
  change_file_extension: 'Đổi đuôi tệp',
  'confirm_file_extension_change.change': 'Bạn có chắc muốn đổi đuôi tệp từ “.{$oldExtension}” thành “.{$newExtension}”?',
  'confirm_file_extension_change.add': 'Bạn có chắc muốn thêm đuôi tệp “.{$newExtension}”?',
  'confirm_file_extension_change.remove': 'Bạn có chắc muốn bỏ đuôi tệp “.{$oldExtension}”?',
  file_extension_change_warning: 'Tệp có thể không hiện ra hoặc không dùng được nếu đuôi tệp không khớp với định dạng thật của tệp.',
  replace_file: 'Thay tệp',
  replace_image: 'Thay ảnh',
  remove_file: 'Bỏ tệp',
  remove_image: 'Bỏ ảnh',
  click_to_browse: 'Bấm để chọn tệp…',
  tap_to_browse: 'Chạm để chọn tệp…',
  drop_files_or_click_to_browse: '.input {$count :integer} .match $count * {{Thả tệp vào đây hoặc bấm để chọn…}}',
  drop_image_files_or: '.input {$count :integer} .match $count * {{Thả ảnh vào đây hoặc}}',
  browse: 'Chọn tệp trên máy',
  deleting_referenced_assets_note:
    '.input {$count :integer} .match $count 1 {{Chỗ dùng tệp này trong một mục cũng sẽ bị gỡ.}} * {{Chỗ dùng tệp này trong {$count} mục cũng sẽ bị gỡ.}}',
  cannot_delete_referenced_assets:
    '.input {$count :integer} .match $count 1 {{Không xóa được tệp này: các trường dưới đây, trong những mục đang dùng nó, sẽ thành sai. Hãy sửa các mục ấy trước.}} * {{Không xóa được các tệp này: các trường dưới đây, trong những mục đang dùng chúng, sẽ thành sai. Hãy sửa các mục ấy trước.}}',
  deleting_referenced_entries_note:
    '.input {$count :integer} .match $count 1 {{Liên kết đến nó trong một mục khác cũng sẽ bị gỡ.}} * {{Liên kết đến nó trong {$count} mục khác cũng sẽ bị gỡ.}}',
  cannot_delete_referenced_entries:
    '.input {$count :integer} .match $count 1 {{Không xóa được mục này: các trường dưới đây, trong những mục khác liên kết đến nó, sẽ thành sai. Hãy sửa các mục ấy trước.}} * {{Không xóa được các mục này: các trường dưới đây, trong những mục khác liên kết đến chúng, sẽ thành sai. Hãy sửa các mục ấy trước.}}',
  processing_files:
    '.input {$count :integer} .match $count 1 {{Đang xử lý tệp. Việc này có thể mất một lúc.}} * {{Đang xử lý {$count} tệp. Việc này có thể mất một lúc.}}',
  oversized_files: 'Tệp quá lớn',
  assets_saved_and_published:
    '.input {$count :integer} .match $count 1 {{Đã lưu tệp. Trang web đổi theo ở lần tạo trang sau.}} * {{Đã lưu {$count} tệp. Trang web đổi theo ở lần tạo trang sau.}}',
  asset_urls_copied: '.input {$count :integer} .match $count 1 {{Đã chép địa chỉ (URL).}} * {{Đã chép {$count} địa chỉ (URL).}}',
  asset_data_copied: '.input {$count :integer} .match $count 1 {{Đã chép nội dung tệp.}} * {{Đã chép nội dung của {$count} tệp.}}',
  asset_paths_copied: '.input {$count :integer} .match $count 1 {{Đã chép đường dẫn tệp.}} * {{Đã chép đường dẫn của {$count} tệp.}}',
  asset_ids_copied: '.input {$count :integer} .match $count 1 {{Đã chép mã tệp (ID).}} * {{Đã chép {$count} mã tệp (ID).}}',
  preview_unavailable: 'Không xem trước được.',
  public_urls: '.input {$count :integer} .match $count * {{Địa chỉ trên trang (URL)}}',
  file_ids: '.input {$count :integer} .match $count * {{Mã tệp (ID)}}',
  asset_info: 'Thông tin tệp',
  kind: 'Loại tệp',

  // Entries: create, duplicate, save, delete
  duplicate_entry: 'Nhân bản mục',
  entry_duplicated: 'Đã nhân bản mục. Bản sao chưa được lưu.',
  entry_validation_errors:
    '.input {$count :integer} .match $count 1 {{Một trường có lỗi. Hãy sửa rồi lưu lại.}} * {{{$count} trường có lỗi. Hãy sửa rồi lưu lại.}}',
  show_errors: 'Xem các lỗi',
  entry_saved_and_published:
    '.input {$count :integer} .match $count 1 {{Đã lưu mục. Trang web đổi theo ở lần tạo trang sau.}} * {{Đã lưu {$count} mục. Trang web đổi theo ở lần tạo trang sau.}}',
  'saving_entry.error.description': 'Mục này chưa được lưu.',
  restore_backup_title: 'Khôi phục phần đang sửa dở',
  restore_backup_description: 'Mục này có phần sửa dở chưa lưu, giữ tạm lúc {$datetime}. Bạn có muốn khôi phục không?',
  draft_backup_saved: 'Đã giữ tạm phần đang sửa.',
  draft_backup_restored: 'Đã khôi phục phần đang sửa dở.',
  draft_backup_deleted: 'Đã bỏ phần sửa dở được giữ tạm.',
  create_entry_announcement: 'Bạn đang tạo một mục mới trong “{$collection}”.',
  edit_entry_announcement: 'Bạn đang sửa mục “{$entry}” trong “{$collection}”.',
  edit_file_announcement: 'Bạn đang sửa tệp “{$file}” trong “{$collection}”.',
  save_and_publish: 'Lưu và đăng lên trang',
  save_without_publishing: 'Lưu nhưng chưa đăng',
  show_editor_options: 'Hiện tùy chọn của biểu mẫu',
  editor_options: 'Tùy chọn của biểu mẫu',
  show_preview: 'Hiện phần xem trước',
  swap_panes: 'Đổi chỗ hai khung',
  view_in_repository: 'Xem trong kho nội dung',
  'deploy_preview.view': 'Xem trước trên trang',
  'deploy_preview.building': 'Trang xem trước vẫn đang được tạo.',
  'deploy_preview.failed': 'Không tạo được trang xem trước.',
  'deploy_preview.checking': 'Đang tìm trang xem trước…',
  'deploy_preview.check_again': 'Tìm trang xem trước',
  'deploy_preview.awaiting': 'Đang tìm trang xem trước',
  'deploy_preview.short.building': 'Đang tạo trang…',
  'deploy_preview.short.failed': 'Tạo trang bị lỗi',
  revert_changes: 'Bỏ các thay đổi',
  revert_all_changes: 'Bỏ mọi thay đổi',
  edit_slug: 'Sửa tên tệp (địa chỉ trang)',
  'edit_slug_error.empty': 'Tên tệp không được để trống.',
  'edit_slug_error.invalid': 'Tên tệp không được chứa ký tự đặc biệt, kể cả dấu gạch chéo và dấu cách.',
  'edit_slug_error.duplicate': 'Tên tệp này đã được một mục khác dùng.',
  entry_parent_folder: 'Thư mục chứa',
  'validation.value_missing': 'Trường này bắt buộc phải điền.',
  'validation.type_mismatch.url': 'Vui lòng nhập một địa chỉ web (URL) đúng.',
  'validation.type_mismatch.email': 'Vui lòng nhập một địa chỉ email đúng.',
  'entry_sidebar.sidebar_panels': 'Các khung bên',
  'entry_sidebar.slug.title': 'Tên tệp (địa chỉ trang)',
  'entry_sidebar.slug.generated_on_save': 'Tên tệp được đặt theo nội dung của mục khi lưu. Ngày giờ trong tên tệp (nếu có) là lúc lưu.',
  'entry_sidebar.slug.unavailable': 'Mục này không có tên tệp riêng.',
  'save_conflict.title': 'Mục đã được sửa ở nơi khác',
  'save_conflict.modified_by': '{$name} đã sửa mục này lúc {$date}, sau khi bạn mở nó.',
  'save_conflict.modified': 'Tệp của mục này đã được sửa ở nơi khác sau khi bạn mở nó.',
  'save_conflict.deleted': 'Tệp của mục này đã bị xóa ở nơi khác sau khi bạn mở nó.',
  'save_conflict.overwrite_warning': 'Nếu lưu bây giờ, những chỗ đã sửa ở nơi khác sẽ mất.',
  'save_conflict.recreate_warning': 'Nếu lưu bây giờ, mục sẽ được tạo lại.',
  'save_conflict.save_anyway': 'Vẫn lưu',
  'save_conflict.branch_moved': 'Kho nội dung vừa được người khác cập nhật trong lúc lưu. Vui lòng lưu lại.',
  'remote_change.reload_entry': 'Tải lại mục',
  'remote_change.confirm_reloading_entry': 'Bạn có chắc muốn tải lại mục? Những thay đổi chưa lưu sẽ mất.',

  // Fields of the form
  list_item_options: 'Tùy chọn của mục trong danh sách',
  unknown_variable_type:
    'Không hiện được mục này vì không rõ loại của nó. Chi tiết nằm trong bảng điều khiển (Console) của trình duyệt: nhấn F12 để xem.',
  'relation_field.save_together_hint': '{$name} mới sẽ được lưu cùng với mục bạn đang sửa.',
  'relation_field.add_failed': 'Không thêm được {$name}. Chi tiết nằm trong bảng điều khiển (Console) của trình duyệt: nhấn F12 để xem.',
  'editor_components.src': 'Tệp ảnh',
  'editor_components.alt': 'Mô tả ảnh',
  '_sui.text_editor.edit_in_markdown': 'Sửa dạng văn bản thô',
  '_sui.text_editor.converter_error': 'Không bật được chế độ soạn thảo có định dạng. Hãy sửa dạng văn bản thô.',
  '_sui.text_editor.code': 'Mã lệnh',
  '_sui.text_editor.code_block': 'Khối mã lệnh',
  '_sui.text_editor.plain_text': 'Văn bản thường',
  '_sui.text_editor.url': 'Địa chỉ liên kết',

  // The dialog that picks an image or a file
  'assets_dialog.title.folder': 'Chọn thư mục',
  'assets_dialog.search_for_file': 'Tìm tệp',
  'assets_dialog.search_for_image': 'Tìm ảnh',
  'assets_dialog.locations': 'Lấy từ đâu',
  'assets_dialog.selected_folder': 'Thư mục đã chọn: {$path}',
  'assets_dialog.selected_folders': '.input {$count :integer} .match $count * {{Đã chọn {$count} thư mục}}',
  'assets_dialog.no_subfolders': 'Thư mục này không có thư mục con.',
  'assets_dialog.folder.field': 'Ảnh và tệp của trường này',
  'assets_dialog.folder.entry': 'Ảnh và tệp cạnh mục này',
  'assets_dialog.folder.file': 'Ảnh và tệp của trang này',
  'assets_dialog.folder.collection': 'Ảnh và tệp của loại nội dung này',
  'assets_dialog.folder.global': 'Ảnh và tệp chung',
  'assets_dialog.enter_url': 'Nhập địa chỉ (URL)',
  'assets_dialog.enter_file_url': 'Nhập địa chỉ (URL) của tệp:',
  'assets_dialog.enter_image_url': 'Nhập địa chỉ (URL) của ảnh:',
  'assets_dialog.rejected_files.title': 'Không tải lên được tệp',
  'cloud_storage.bunny_storage.auth_key_label': 'Mật khẩu vùng lưu trữ (Storage Zone)',

  // The editorial workflow, open authoring and deploy hooks (not configured here; worded alike)
  'status.draft': 'Đang soạn',
  'status.drafts': 'Đang soạn',
  viewing_editorial_workflow:
    'Bạn đang xem bảng duyệt bài. Đang soạn: {$draft}. Đang duyệt: {$review}. Sẵn sàng: {$ready}. Chờ xóa: {$deletion}.',
  viewing_open_authoring_workflow: 'Bạn đang xem bảng duyệt bài. Đang soạn: {$draft}. Đang duyệt: {$review}. Chờ xóa: {$deletion}.',
  'status.deploying': 'Đang tạo trang',
  'workflow.deploying_deletion': 'Đang xóa',
  'workflow.confirm_cancelling_deletion': 'Bạn có chắc muốn hủy việc xóa? Mục vẫn được đăng trên trang.',
  'workflow.unpublished_entries': 'Mục chưa đăng',
  'workflow.published_entries': 'Mục đã đăng',
  'workflow.publish_blocked': 'Mục còn lỗi. Hãy sửa trước khi đăng.',
  'workflow.confirm_sending_for_review': 'Các thay đổi đã được lưu, chưa đăng. Gửi mục đi duyệt để người khác xem và đăng?',
  'workflow.publish_entry': 'Đăng mục',
  'workflow.confirm_deleting_published_entry':
    'Bạn có chắc muốn xóa mục này? Mục chỉ bị xóa khỏi trang khi việc xóa được đăng. Trước đó, mục vẫn có trong danh sách, ghi “Đang chờ xóa”.',
  'workflow.confirm_deleting_unpublished_entry': 'Mục này chưa được đăng nên sẽ bị xóa hẳn.',
  'workflow.confirm_discarding_entry_changes':
    'Mục này có thay đổi chưa đăng. Nếu bỏ, mục trở về bản đang đăng trên trang. Bản thân mục không bị xóa.',
  'workflow.deleting_unpublished_note_all':
    '.input {$count :integer} .match $count 1 {{Mục chưa được đăng nên các thay đổi chưa đăng sẽ bị bỏ. Bản đang đăng (nếu có) vẫn giữ nguyên.}} * {{{$count} mục chưa được đăng nên các thay đổi chưa đăng sẽ bị bỏ. Các bản đang đăng (nếu có) vẫn giữ nguyên.}}',
  'workflow.deleting_unpublished_note_some':
    '.input {$count :integer} .match $count 1 {{Một mục chưa được đăng nên các thay đổi chưa đăng của nó sẽ bị bỏ. Bản đang đăng (nếu có) vẫn giữ nguyên.}} * {{{$count} mục chưa được đăng nên các thay đổi chưa đăng của chúng sẽ bị bỏ. Các bản đang đăng (nếu có) vẫn giữ nguyên.}}',
  'workflow.confirm_publishing_entry': 'Bạn có chắc muốn đăng mục này? Trang web đổi theo ở lần tạo trang sau.',
  'workflow.publishing_entry': 'Đang đăng mục…',
  'workflow.entry_published': 'Đã đăng mục.',
  'workflow.publishing_entry_failed': 'Không đăng được mục. Vui lòng thử lại.',
  'open_authoring.fork_repository': 'Tạo bản sao riêng của kho nội dung',
  'open_authoring.fork': 'Tạo bản sao riêng',
  'open_authoring.confirm_forking_repository':
    'Để đề xuất thay đổi cho “{$repo}”, cần tạo một bản sao riêng của kho nội dung trong tài khoản của bạn. Thay đổi được lưu vào bản sao ấy và người quản trị xem lại trước khi đăng.',
  'open_authoring.fork_declined': 'Cần có bản sao riêng của kho nội dung trong tài khoản của bạn để đề xuất thay đổi.',
  'open_authoring.fork_failed': 'Không tạo được bản sao riêng của kho nội dung “{$repo}” trong tài khoản của bạn.',
  'open_authoring.permission_check_failed': 'Không kiểm tra được quyền của bạn với kho nội dung “{$repo}”. Vui lòng thử lại sau giây lát.',
  'open_authoring.forking_disabled': 'Kho nội dung “{$repo}” không cho tạo bản sao riêng. Hãy đề nghị người quản trị cho phép việc này.',
  'open_authoring.invitation_pending':
    'Bạn có một lời mời vào kho nội dung “{$repo}” đang chờ. Hãy nhận lời mời trên GitHub rồi đăng nhập lại.',
  'open_authoring.private_repo_scope_required':
    'Lần đăng nhập này không có quyền đọc kho riêng tư, nên không đọc được kho nội dung “{$repo}”. Hãy đề nghị người quản trị kiểm tra cài đặt đăng nhập của trình biên tập.',
  'open_authoring.publish_unsupported':
    'Chỉ người quản trị mới đăng được thay đổi lên trang này. Hãy chuyển mục sang “Đang duyệt” để có người xem.',
  'open_authoring.direct_commit_unsupported': 'Không thể thay đổi trực tiếp. Chỉ có thể đề xuất sửa mục để được duyệt.',
  'open_authoring.contributing_via_fork':
    'Thay đổi của bạn được lưu vào bản sao riêng “{$repo}” của kho nội dung và được duyệt trước khi đăng.',
  'open_authoring.view_fork': 'Xem bản sao riêng',

  // Settings
  'prefs.contents.editor.title': 'Biểu mẫu',
  'prefs.contents.editor.use_draft_backup.switch_label': 'Tự động giữ tạm phần đang sửa dở',
  'prefs.contents.editor.close_on_save.switch_label': 'Đóng biểu mẫu sau khi lưu',
  'prefs.contents.editor.close_with_escape.switch_label': 'Đóng biểu mẫu bằng phím Esc',
  'prefs.media.title': 'Ảnh và tệp',
  'prefs.media.stock_photos.api_keys.title': 'Khóa API của các kho ảnh miễn phí',
  'prefs.media.stock_photos.api_keys.description': 'Quản lý khóa API của các <a>kho ảnh miễn phí</a>.',
  'prefs.media.stock_photos.description':
    'Đăng ký <a {$homeHref}>API của {$service}</a>, rồi nhập <a {$apiKeyHref}>khóa API</a> vào đây để tìm và chèn ảnh miễn phí vào các trường ảnh.',
  'prefs.media.stock_photos.no_services': 'Chưa cấu hình <a>kho ảnh miễn phí</a> nào.',
  'prefs.advanced.deploy_hook.title': 'Địa chỉ gọi khi đăng (deploy hook)',
  'prefs.advanced.deploy_hook.description':
    'Nhập địa chỉ (URL) sẽ được gọi khi bạn chọn “Đăng các thay đổi lên trang” để tạo lại trang. Có thể để trống nếu trang được tạo bằng GitHub Actions.',
  'prefs.advanced.deploy_hook.url.field_label': 'Địa chỉ gọi (URL)',
  'prefs.advanced.deploy_hook.url.saved': 'Đã lưu địa chỉ gọi.',
  'prefs.advanced.deploy_hook.url.removed': 'Đã xóa địa chỉ gọi.',
  'prefs.advanced.clear_data.file_cache.description':
    'Xóa nội dung tệp và ảnh thu nhỏ giữ tạm trên máy, để lấy lại chỗ trống hoặc sửa lỗi do dữ liệu cũ.',
  'prefs.advanced.clear_data.file_cache.confirmation':
    'Nội dung tệp và ảnh thu nhỏ giữ tạm trên máy sẽ bị xóa. Phần sửa dở chưa lưu và cài đặt của bạn vẫn được giữ; những gì bị xóa sẽ được tải hoặc tạo lại khi cần. Trình biên tập sẽ tải lại sau khi xong.',
  'prefs.advanced.clear_data.file_cache.button_label': 'Xóa tệp giữ tạm',
  'prefs.advanced.clear_data.all_data.description':
    'Xóa mọi thứ trình biên tập giữ trong trình duyệt này, gồm tệp giữ tạm, phần sửa dở chưa lưu và cài đặt. Những gì đã lưu không bị ảnh hưởng.',
  'prefs.advanced.clear_data.all_data.confirmation':
    'Mọi dữ liệu trình biên tập giữ trong trình duyệt này sẽ bị xóa: tệp giữ tạm, ảnh thu nhỏ, phần sửa dở chưa lưu, cài đặt và việc đăng nhập. Nội dung đã lưu không bị ảnh hưởng, nhưng những gì chưa lưu sẽ mất và bạn phải đăng nhập lại. Trình biên tập sẽ tải lại sau khi xong.',
  'keyboard_shortcuts_.view_content_library': 'Xem nội dung',
  'keyboard_shortcuts_.view_asset_library': 'Xem ảnh và tệp',
  'keyboard_shortcuts_.search': 'Tìm mục, ảnh và tệp',
  'keyboard_shortcuts_.cancel_editing': 'Hủy sửa mục',

  // The configuration's own errors and warnings (seen by the site's developers, not by editors)
  'config.errors':
    '.input {$count :integer} .match $count 1 {{Cấu hình trình biên tập có một lỗi. Vui lòng sửa rồi thử lại.}} * {{Cấu hình trình biên tập có {$count} lỗi. Vui lòng sửa rồi thử lại.}}',
  'config.error_locator.collection': 'Loại nội dung {$collection}',
  'config.error.missing_repository': 'Chưa khai báo kho nội dung (repository).',
  'config.error.invalid_repository': 'Kho nội dung khai báo không đúng. Phải có dạng “chủ sở hữu/tên kho”.',
  'config.error.no_collection': 'Chưa khai báo loại nội dung nào.',
  'config.error.no_visible_collection': 'Phải có ít nhất một loại nội dung được hiện. Kiểm tra tùy chọn `hide`.',
  'config.error.open_authoring_no_workflow':
    'Tùy chọn `open_authoring` cần chế độ đăng `editorial_workflow`. Xem <a>tài liệu</a> để biết chi tiết.',
  'config.error.missing_media_folder': 'Chưa khai báo thư mục ảnh và tệp (`media_folder`).',
  'config.error.invalid_sanitize_replacement':
    'Tùy chọn `sanitize_replacement` đang là `{$replacement}`, nhưng ký tự này không dùng được trong tên tệp nên không thể thay cho ký tự khác.',
  'config.error.invalid_url_option':
    'Tùy chọn `{$option}` đang là `{$url}`, nhưng phải là một địa chỉ đầy đủ bắt đầu bằng `https://` hoặc `http://`.',
  'config.error.i18n_no_locales': 'Tùy chọn `i18n.locales` phải liệt kê ít nhất một ngôn ngữ.',
  'config.error.i18n_invalid_default_locale': 'Tùy chọn `default_locale` đang là `{$locale}`, nhưng ngôn ngữ này không có trong `locales`.',
  'config.error.i18n_invalid_initial_locale': 'Tùy chọn `initial_locales` có `{$locale}`, nhưng ngôn ngữ này không có trong `locales`.',
  'config.error.invalid_collection_no_options': 'Loại nội dung phải có một trong các tùy chọn `folder`, `files` hoặc `divider`.',
  'config.error.invalid_collection_multiple_options': 'Loại nội dung không được có cùng lúc các tùy chọn `folder`, `files` và `divider`.',
  'config.error.invalid_slug_slash':
    'Mẫu tên tệp `{$slug}` không đúng vì không được chứa dấu gạch chéo. Để xếp các mục vào thư mục con, hãy dùng tùy chọn `path` thay cho `slug`.',
  'config.error.invalid_identifier_field':
    'Tùy chọn `identifier_field` trỏ đến `{$name}`, nhưng loại nội dung không có trường nào như vậy.',
  'config.error.invalid_filter_field': 'Tùy chọn `filter` trỏ đến `{$name}`, nhưng loại nội dung không có trường nào như vậy.',
  'config.error.invalid_filter_no_condition': 'Tùy chọn `filter` phải có tùy chọn `value` hoặc `pattern` để lọc các mục.',
  'config.error.option_field_not_found': 'Tùy chọn `{$option}` trỏ đến `{$name}`, nhưng không có trường nào như vậy.',
  'config.error.thumbnail_field_not_media':
    'Tùy chọn `thumbnail` trỏ đến `{$name}`, nhưng trường ấy phải là trường ảnh hoặc tệp, không phải trường `{$widget}`.',
  'config.error.invalid_regex': 'Tùy chọn `{$option}` có biểu thức chính quy sai `{$pattern}`, nên bị bỏ qua.',
  'config.error.invalid_sortable_field':
    'Tùy chọn `sortable_fields` trỏ đến trường `{$name}`, nhưng loại nội dung không có trường nào như vậy.',
  'config.error.invalid_view_group_field':
    'Tùy chọn `view_groups` trỏ đến trường `{$name}`, nhưng loại nội dung không có trường nào như vậy.',
  'config.error.invalid_view_filter_field':
    'Tùy chọn `view_filters` trỏ đến trường `{$name}`, nhưng loại nội dung không có trường nào như vậy.',
  'config.error.invalid_view_filter_no_condition':
    'Bộ lọc thứ {$count} phải có tùy chọn `pattern` hoặc một phép so sánh như `eq`, `gte` để lọc các mục.',
  'config.error.invalid_view_group_default':
    'Tùy chọn `default` của `view_groups` đang là `{$name}`, nhưng không có nhóm hiển thị nào tên như vậy.',
  'config.error.invalid_view_filter_default':
    'Tùy chọn `default` của `view_filters` đang là `{$name}`, nhưng không có bộ lọc nào tên như vậy.',
  'config.error.missing_collection_name': 'Loại nội dung thứ {$count} phải có tùy chọn `name` là một chuỗi không rỗng.',
  'config.error.invalid_collection_name': 'Tên loại nội dung `{$name}` không đúng: không được chứa ký tự đặc biệt.',
  'config.error.duplicate_collection_name': 'Tên loại nội dung phải khác nhau, nhưng `{$name}` được dùng nhiều lần.',
  'config.error.missing_collection_file_name': 'Tệp thứ {$count} của loại nội dung phải có tùy chọn `name` là một chuỗi không rỗng.',
  'config.error.invalid_collection_file_name': 'Tên tệp `{$name}` của loại nội dung không đúng: không được chứa ký tự đặc biệt.',
  'config.error.duplicate_collection_file_name': 'Tên các tệp của loại nội dung phải khác nhau, nhưng `{$name}` được dùng nhiều lần.',
  'config.error.collection_no_fields': 'Loại nội dung phải có tùy chọn `fields` với ít nhất một trường.',
  'config.error.collection_file_no_fields': 'Tệp của loại nội dung phải có tùy chọn `fields` với ít nhất một trường.',
  'config.error.collection_folder_i18n_required':
    'Loại nội dung phải khai báo tùy chọn `i18n` nếu đường dẫn `folder` dùng chỗ giữ chỗ `locale`.',
  'config.error.invalid_collection_folder_locale':
    'Đường dẫn `folder` là `{$folder}` không đúng. Chỗ giữ chỗ `locale` chỉ được dùng một lần, làm cả một tên thư mục, như `content/\\{\\{locale\\}\\}/posts`.',
  'config.error.collection_file_i18n_required':
    'Tệp của loại nội dung phải khai báo tùy chọn `i18n` nếu đường dẫn `file` dùng chỗ giữ chỗ `locale`.',
  'config.error.invalid_range_options': 'Tùy chọn `{$min}` không được lớn hơn tùy chọn `{$max}`.',
  'config.error.invalid_step': 'Tùy chọn `step` đang là `{$step}`, nhưng phải lớn hơn 0.',
  'config.error.select_field_no_options': 'Trường `select` phải có ít nhất một mục trong tùy chọn `options`.',
  'config.error.select_field_duplicate_option':
    'Các mục trong `options` của trường `select` phải khác nhau, nhưng `{$value}` có nhiều lần.',
  'config.error.select_field_invalid_default':
    'Tùy chọn `default` của trường `select` đang là `{$value}`, nhưng giá trị này không có trong `options`.',
  'config.error.invalid_list_field': 'Trường danh sách (`list`) không được có cùng lúc các tùy chọn `field`, `fields` và `types`.',
  'config.error.invalid_list_variable_type':
    'Loại mục của trường danh sách (`list`) không đúng: tùy chọn `widget` đang là `{$widget}` nhưng phải là `object`.',
  'config.error.invalid_object_field': 'Trường nhóm (`object`) không được có cùng lúc các tùy chọn `fields` và `types`.',
  'config.error.list_field_no_subfields':
    'Tùy chọn `fields` hoặc `types` của trường danh sách (`list`) phải có ít nhất một mục. Bỏ hẳn tùy chọn này nếu danh sách chỉ gồm các giá trị đơn.',
  'config.error.list_field_invalid_default_object':
    'Tùy chọn `default` của trường danh sách (`list`) có một đối tượng, nhưng mỗi mục phải là giá trị đơn vì trường không có `fields` hay `types`.',
  'config.error.list_field_invalid_default_item':
    'Tùy chọn `default` của trường danh sách (`list`) có `{$value}`, nhưng mỗi mục phải là một đối tượng vì trường có `fields` hoặc `types`.',
  'config.error.list_field_invalid_default_key':
    'Tùy chọn `default` của trường danh sách (`list`) có một mục với thuộc tính `{$key}`, nhưng không có trường con nào tên như vậy.',
  'config.error.list_field_default_missing_type':
    'Tùy chọn `default` của trường danh sách (`list`) có một mục thiếu thuộc tính `{$typeKey}`, là thuộc tính cho biết mục thuộc loại nào trong `types`.',
  'config.error.list_field_invalid_default_type':
    'Tùy chọn `default` của trường danh sách (`list`) có một mục với thuộc tính `{$typeKey}` là `{$value}`, nhưng loại này không có trong `types`.',
  'config.error.invalid_default_multiple': 'Tùy chọn `default` phải là một mảng vì tùy chọn `multiple` là `true`.',
  'config.error.invalid_default_single':
    'Tùy chọn `default` phải là một giá trị đơn, không phải mảng, vì tùy chọn `multiple` không phải `true`.',
  'config.error.object_field_invalid_default_key':
    'Tùy chọn `default` của trường nhóm (`object`) có thuộc tính `{$key}`, nhưng không có trường con nào tên như vậy.',
  'config.error.object_field_default_missing_type':
    'Tùy chọn `default` của trường nhóm (`object`) thiếu thuộc tính `{$typeKey}`, là thuộc tính cho biết loại nào trong `types`.',
  'config.error.object_field_invalid_default_type':
    'Thuộc tính `{$typeKey}` trong tùy chọn `default` của trường nhóm (`object`) là `{$value}`, nhưng loại này không có trong `types`.',
  'config.error.code_field_invalid_default_object':
    'Tùy chọn `default` của trường mã lệnh (`code`) phải là một chuỗi vì tùy chọn `output_code_only` là `true`.',
  'config.error.code_field_invalid_default_key':
    'Tùy chọn `default` của trường mã lệnh (`code`) có thuộc tính `{$key}`, nhưng tùy chọn `keys` chỉ cho phép `{$code}` và `{$lang}`.',
  'config.error.number_field_default_not_integer':
    'Tùy chọn `default` của trường số (`number`) đang là `{$value}`, nhưng phải là số nguyên vì tùy chọn `value_type` là `{$valueType}`.',
  'config.error.number_field_default_not_number':
    'Tùy chọn `default` của trường số (`number`) đang là `{$value}`, nhưng phải là một số vì tùy chọn `value_type` là `{$valueType}`.',
  'config.error.object_field_no_subfields': 'Tùy chọn `fields` hoặc `types` của trường nhóm (`object`) phải có ít nhất một mục.',
  'config.error.relation_field_invalid_collection': 'Loại nội dung `{$collection}` được trỏ đến không đúng hoặc chưa khai báo.',
  'config.error.relation_field_missing_file_name': 'Phải khai báo tùy chọn `file` khi liên kết đến một loại nội dung gồm các tệp riêng.',
  'config.error.relation_field_invalid_display_field': 'Trường hiển thị `{$field}` được trỏ đến không đúng hoặc chưa khai báo.',
  'config.error.relation_field_invalid_search_field': 'Trường tìm kiếm `{$field}` được trỏ đến không đúng hoặc chưa khai báo.',
  'config.error.relation_field_invalid_filter_field': 'Trường lọc `{$field}` được trỏ đến không đúng hoặc chưa khai báo.',
  'config.warning.preview_path_no_date_field':
    'Tùy chọn `preview_path` dùng thẻ ngày giờ, nhưng loại nội dung không có trường ngày giờ (`datetime`) để đọc, nên liên kết xem trước sẽ không hiện.',
  'config.warning.preview_path_date_field_not_found':
    'Tùy chọn `preview_path_date_field` trỏ đến trường `{$name}`, nhưng không có trường ngày giờ (`datetime`) nào tên như vậy, nên liên kết xem trước sẽ không hiện.',
  'config.warning.preview_path_field_not_found':
    'Tùy chọn `preview_path` trỏ đến `{$name}`, nhưng loại nội dung không có trường nào như vậy, nên liên kết xem trước sẽ không hiện.',
  'config.warning.missing_identifier_field':
    'Loại nội dung không có trường `{$name}` để đặt tên cho mục mới, nên mỗi mục mới nhận một tên tệp ngẫu nhiên. Hãy thêm trường `{$name}`, hoặc đặt tùy chọn `identifier_field` hay `slug`.',
  'config.warning.slug_i18n_ineffective':
    'Tùy chọn `i18n` của `slug` không có tác dụng, vì loại nội dung không dùng cách lưu `multiple_files`, `multiple_folders` hay `multiple_root_folders`, là các cách mỗi ngôn ngữ có tệp riêng.',
  'config.warning.i18n_not_configured':
    'Tùy chọn `i18n` đang bật, nhưng chưa cấu hình đa ngôn ngữ (i18n) ở cấp trên cùng của cấu hình hay trong loại nội dung, nên tùy chọn này không có tác dụng.',
  // The content's language in the editor's buttons, which screen readers read out: this site has
  // one language, whose key the CMS names "_default" ("Chỉnh sửa nội dung _default"), so these
  // leave the language out.
  edit_x_locale: 'Chỉnh sửa nội dung',
  preview_x_locale: 'Xem trước nội dung',
  show_content_options_x_locale: 'Hiện các tùy chọn của nội dung',
  content_options_x_locale: 'Các tùy chọn của nội dung',
};
