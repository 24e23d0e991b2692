/**
 * What the editor's local server (src/cms/local-server/) prints in the window the launcher opens:
 * an editor reads it, so it is Vietnamese and says what to do. The status bar on /admin/ has its
 * own words (localStatusText in src/i18n/cms.ts).
 */

/** Hours and minutes on this computer's clock ("14:05"). */
export const clockTime = (date: Date): string => date.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false });

export const localServerText = {
  started: (site: string, editor: string) =>
    [
      '',
      `Trình biên tập: ${editor}`,
      `Trang web trên máy này: ${site}`,
      '',
      'Giữ cửa sổ này mở trong khi làm việc. Mỗi lần bấm Lưu, trang web được tạo lại sau ít phút.',
      'Để dừng: đóng cửa sổ này, hoặc nhấn Ctrl+C.',
      '',
    ].join('\n'),
  openBrowser: (editor: string) => `Không tự mở được trình duyệt. Hãy mở Chrome hoặc Edge và vào ${editor}`,
  checking: 'Đang kiểm tra nội dung…',
  building: 'Nội dung hợp lệ. Đang cập nhật trang…',
  upToDate: (built: Date) => `Trang đã có sẵn (tạo lúc ${clockTime(built)}), không cần tạo lại.`,
  ready: (built: Date, seconds: number) => `Trang đã cập nhật lúc ${clockTime(built)} (mất ${seconds} giây).`,
  failed: [
    'Không cập nhật được trang. Lỗi này không do nội dung: trang đang chạy vẫn giữ nguyên như trước.',
    'Hãy chép các dòng dưới đây gửi bộ phận kỹ thuật:',
  ].join('\n'),
  unreadable: 'Không đọc được thư mục nội dung:',
  stopping: 'Đang dừng trình biên tập…',
  cannotStart: 'Không khởi động được trình biên tập:',
} as const;
