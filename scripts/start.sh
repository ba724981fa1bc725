#!/usr/bin/env bash
# `npm start`: build the extension and show the demo article highlighted.
# Where there is a display, Chromium opens with Sourcelight loaded; where there is
# none, screenshots are taken and the terminal table is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium is not installed at ${CHROMIUM_PATH:-/usr/bin/chromium}." >&2
  echo "Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
npx wxt build
npx tsx scripts/demo.ts
if [ -z "${DISPLAY:-}" ] || [ -n "${CI:-}" ]; then
  echo
  node bin/sourcelight.mjs annotate
fi
