#!/usr/bin/env bash
# The editor on this computer, for Linux and macOS (Bien-tap-macOS.command and
# Bien-tap-Linux.desktop run this file): finds Node.js, installs the packages the first time
# (npm ci), then runs `npm run bien-tap`. On an error the window waits for Enter, so the
# message can be read. Messages are in Vietnamese, for the editors who double-click it.

cd "$(dirname "$0")/.." || exit 1

pause() {
  echo
  read -r -p "Nhấn Enter để đóng cửa sổ này…" _
}

# A window opened by a double-click may lack the folders where Node.js's installer, Homebrew,
# Volta or nvm put it.
PATH="$PATH:/usr/local/bin:/opt/homebrew/bin:$HOME/.volta/bin"
if ! command -v node > /dev/null 2>&1 && [ -s "$HOME/.nvm/nvm.sh" ]; then
  # shellcheck source=/dev/null
  . "$HOME/.nvm/nvm.sh"
fi

if ! command -v node > /dev/null 2>&1 || ! command -v npm > /dev/null 2>&1; then
  echo "Máy này chưa có Node.js (cần bản 20 trở lên)."
  echo "Hãy nhờ bộ phận kỹ thuật tải và cài bản LTS từ https://nodejs.org/ rồi mở lại biểu tượng này."
  pause
  exit 1
fi

major="$(node -p 'parseInt(process.versions.node)')"
if [ "$major" -lt 20 ]; then
  echo "Node.js trên máy này là bản $(node -v), cần bản 20 trở lên."
  echo "Hãy nhờ bộ phận kỹ thuật cài bản LTS mới từ https://nodejs.org/ rồi mở lại biểu tượng này."
  pause
  exit 1
fi

if node bien-tap/can-cai-dat.mjs; then
  echo "Đang cài đặt lần đầu (vài phút, cần kết nối Internet)…"
  if ! npm ci; then
    echo
    echo "Cài đặt không thành công. Kiểm tra kết nối Internet rồi mở lại biểu tượng này;"
    echo "nếu vẫn lỗi, chép các dòng phía trên gửi bộ phận kỹ thuật."
    pause
    exit 1
  fi
fi

npm run bien-tap
status=$?
# 130 is Ctrl+C, the usual way to stop.
if [ "$status" -ne 0 ] && [ "$status" -ne 130 ]; then
  echo
  echo "Trình biên tập đã dừng vì lỗi (mã $status). Chép các dòng phía trên gửi bộ phận kỹ thuật."
  pause
fi
exit "$status"
