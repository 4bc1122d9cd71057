#!/usr/bin/env bash
# Quick start: install, then open the program on a ready demo database (signed in as the demo head).
set -euo pipefail
cd "$(dirname "$0")/.."
# No display (SSH, a server): say so now in Vietnamese, before installing, instead of Qt's misleading abort
# about libxcb-cursor0 at the end. Same check as lamdong_desktop/ui/app.py: display_missing().
if [[ "$(uname -s)" == Linux* && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    case "${QT_QPA_PLATFORM:-}" in
        "" | xcb* | wayland*)
            cat >&2 <<'MSG'
scripts/demo.sh: không tìm thấy màn hình để mở cửa sổ chương trình (máy chưa có phiên giao diện đồ họa:
biến DISPLAY và WAYLAND_DISPLAY đều trống, thường gặp khi đăng nhập từ xa qua SSH hoặc trên máy chủ).
Cách chạy:
  - chạy lệnh này ngay trên màn hình của máy (phiên làm việc có giao diện đồ họa), hoặc ssh -X;
  - chạy trong màn hình ảo:       xvfb-run bash scripts/demo.sh
  - chạy thử, không hiện cửa sổ:  QT_QPA_PLATFORM=offscreen bash scripts/demo.sh
Chưa cài đặt gì. Chỉ cài đặt (không mở chương trình): bash scripts/install.sh
MSG
            exit 1
            ;;
    esac
fi
bash scripts/install.sh
exec .venv/bin/lamdong-desktop --demo "$@"
