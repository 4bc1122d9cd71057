#!/usr/bin/env bash
# The test command named in README.md: linters, the layer contracts, the type checker (pyproject [tool.mypy]),
# then the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/lint-imports
.venv/bin/mypy
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q "$@"
