#!/usr/bin/env bash
# npm start: local setup, the extension build, then the worker on http://127.0.0.1:8787 (no account, no network).
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false
# Do not fetch the Request.cf placeholder from workers.cloudflare.com.
export CLOUDFLARE_CF_FETCH_ENABLED=false

bash scripts/ensure-deps.sh
npx tsx scripts/dev-setup.ts
if ! npm run build; then
  echo "warning: the extension build failed (see above); starting the worker anyway" >&2
fi
exec npx wrangler dev --ip 127.0.0.1 --port "${PORT:-8787}"
