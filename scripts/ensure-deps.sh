#!/usr/bin/env bash
# Installs what a fresh clone or machine lacks: npm packages, and for the browser tests Debian's
# Chromium with CJK fonts (so Chinese renders in screenshots), and openssl (a throw-away certificate
# for the canvas-editor test). Idempotent and quiet when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
if [ "${1:-}" = "--browser" ] && { [ ! -x /usr/bin/chromium ] || ! command -v openssl >/dev/null ||
  ! fc-list 2>/dev/null | grep -qi 'noto.*cjk'; }; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium fonts-noto-cjk openssl >/dev/null
fi
