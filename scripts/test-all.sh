#!/usr/bin/env bash
# Runs every check of the project: format, types, engine + CLI, worker (in workerd), extension units,
# end-to-end in Chromium. Ends with one plain "N passed, N failed" line that CI reads.
set -u
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser || echo "warning: could not install Chromium; end-to-end tests will fail"
out=.tmp/test-results
rm -rf "$out" && mkdir -p "$out"
failed_steps=()

step() { # name, command...
  local name=$1
  shift
  echo
  echo "==> $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

suite() { # name, vitest args...
  local name=$1
  shift
  step "$name" npx vitest run "$@" --reporter=default --reporter=json --outputFile="$out/$name.json"
}

step format npx prettier --check . --log-level warn
step types-shared npx tsc --noEmit -p tsconfig.json
[ -f worker/tsconfig.json ] && step types-worker npx tsc --noEmit -p worker/tsconfig.json
if [ -f wxt.config.ts ]; then
  step wxt-prepare npx wxt prepare
  [ -f extension/tsconfig.json ] && step types-extension npx tsc --noEmit -p extension/tsconfig.json
fi
suite engine
[ -f worker/vitest.config.ts ] && suite worker --config worker/vitest.config.ts
[ -f tests/worker-live/vitest.config.ts ] && suite worker-live --config tests/worker-live/vitest.config.ts
[ -f tests/extension/vitest.config.ts ] && suite extension --config tests/extension/vitest.config.ts
if [ -f tests/e2e/vitest.config.ts ]; then
  step build npx wxt build
  suite e2e --config tests/e2e/vitest.config.ts
fi

node scripts/summarize-tests.mjs "$out" "${failed_steps[@]}"
