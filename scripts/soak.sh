#!/usr/bin/env bash
# The long kill soak: runs casus in a pseudo-terminal, types, commits and
# kills it (SIGKILL) at random moments, hundreds of times, checking after
# every kill that each session file parses and holds every committed text.
# `cargo test` runs 5 rounds of the same test; this runs many more.
#
#   scripts/soak.sh              500 rounds, a new random seed
#   scripts/soak.sh 2000         2000 rounds
#   CASUS_CRASH_SEED=42 scripts/soak.sh 100    repeat a run exactly (same choices)
#
# A round takes a few seconds (drafts are saved every 3 s), so 500 rounds take
# roughly half an hour. On failure the test prints the round, the kill moment
# and the seed to repeat it with.
set -euo pipefail

cd "$(dirname "$0")/.."

rounds="${1:-${CASUS_SOAK_ITERATIONS:-500}}"
case "$rounds" in
    '' | *[!0-9]*)
        echo "usage: scripts/soak.sh [ROUNDS]" >&2
        exit 2
        ;;
esac

export CASUS_SOAK_ITERATIONS="$rounds"
echo "kill soak: $rounds rounds${CASUS_CRASH_SEED:+, seed $CASUS_CRASH_SEED}"
exec cargo test --test crash_kill -- --ignored --nocapture soak_kill_many_times
