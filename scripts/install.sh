#!/usr/bin/env bash
# Install what lamdong-desktop needs on a Debian/Ubuntu machine: the system libraries Qt loads, fonts with
# Vietnamese glyphs, then a virtual environment in .venv with the program (and, with --test, its test tools).
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

test_apt_packages=(
  softhsm2  # a software PKCS#11 token: the tests sign through python-pkcs11 as with a USB token
)
apt_packages=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-image0 libxcb-render-util0
  fonts-liberation2 fonts-dejavu-core
  poppler-utils xvfb xauth
)
[ -n "$extras" ] && apt_packages+=("${test_apt_packages[@]}")
# The tests read the check codes back from printed pages: rendered by poppler (above), decoded by zbar.
[ -n "$extras" ] && apt_packages+=(zbar-tools)
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  missing=()
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q -e ".${extras}"
.venv/bin/python -c "import lamdong_desktop, PySide6, sqlite_utils, reportlab, holidays, pyhanko, pkcs11" \
  || { echo "Cài đặt thất bại: xem thông báo ở trên." >&2; exit 1; }
