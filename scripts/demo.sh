#!/usr/bin/env bash
# Quick start: install, then open the program on a ready demo database (signed in as the demo head).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/lamdong-desktop --demo "$@"
