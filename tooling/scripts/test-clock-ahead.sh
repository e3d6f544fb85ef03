#!/usr/bin/env bash
# The test suites again with the process clock years ahead (libfaketime, Debian's faketime package), so a
# test that reads a date-dependent figure from the wall clock fails here instead of on a later day.
# Usage: test-clock-ahead.sh [offset ...]   offsets in faketime's form, default "+3y" (three years ahead).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v faketime >/dev/null; then
  echo "The clock-ahead run needs faketime (Debian: apt-get install faketime); the set-up script installs it." >&2
  exit 1
fi

export TURBO_TELEMETRY_DISABLED=1
offsets=("$@")
[ ${#offsets[@]} -gt 0 ] || offsets=("+3y")
for offset in "${offsets[@]}"; do
  echo "== the suites with the clock at $offset: $(faketime -f "$offset" date -u +%Y-%m-%dT%H:%M)"
  # turbo's cache keys do not see the clock: run everything afresh. The build is not under test here. The
  # calendar does not depend on the database, so this pass runs on the embedded one only (the full pass on
  # both runs with the real clock): it keeps CI within its hour.
  env -u DATABASE_URL faketime -f "$offset" pnpm turbo run test test:browser --force --only
done
