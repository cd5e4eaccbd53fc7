#!/usr/bin/env bash
# Side-by-side benchmarks of casus on generated data (issue 6, BENCHMARKS.md).
#
# For 1,000, 10,000 and 100,000 generated sessions it times, in one run:
#   - `casus stats` against `cat` of the same session files;
#   - `casus search QUERY` against `fzf --filter QUERY` over one line per
#     decision and reflection of the same sessions;
#   - casus's first frame (home, and review) in a pseudo-terminal;
#   - peak memory of `casus stats` and of the review screen.
#
# Needs (Debian): apt-get install -y hyperfine fzf time python3
# This script installs nothing; it says what is missing and stops.
#
# Settings (environment):
#   BENCH_SIZES="1000 10000"   sizes to run (default: 1000 10000 100000)
#   BENCH_DIR=/tmp/casus-bench generated data, lines and the index cache
#   BENCH_RUNS=5               hyperfine runs and first-frame runs per figure
#   BENCH_QUERY=wachtlijst     the search query
#   CASUS_BIN=path             time another casus binary (e.g. an older build)
#   BENCH_COLD=1               also time `casus stats` without the index
#                              (CASUS_NO_INDEX=1) and with an empty cache
#                              (the index built from nothing); slow at 100,000
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${BENCH_SIZES:-"1000 10000 100000"}
WORK=${BENCH_DIR:-/tmp/casus-bench}
RUNS=${BENCH_RUNS:-5}
QUERY=${BENCH_QUERY:-wachtlijst}
COLD=${BENCH_COLD:-0}

missing=()
for tool in hyperfine fzf python3 cargo; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ -x /usr/bin/time ] || missing+=("time (/usr/bin/time)")
if [ ${#missing[@]} -gt 0 ]; then
    echo "bench.sh: missing: ${missing[*]}" >&2
    echo "bench.sh: on Debian: apt-get install -y hyperfine fzf time python3" >&2
    exit 1
fi

echo "==> building (release)" >&2
cargo build --release --quiet --bin casus --example gen_sessions
CASUS=$(realpath "${CASUS_BIN:-target/release/casus}")
GEN=$(realpath target/release/examples/gen_sessions)
mkdir -p "$WORK"
# The review index goes to the cache folder: keep it beside the data, not in ~/.cache.
export XDG_CACHE_HOME="$WORK/cache"
unset CASUS_NO_INDEX CASUS_DATA_DIR CASUS_LIBRARY
has_review=0
"$CASUS" review --help >/dev/null 2>&1 && has_review=1

RESULTS="$WORK/results.md"
{
    echo "casus: $CASUS ($("$CASUS" --version))"
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -sr); $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
} >"$RESULTS"

# mean and stddev in ms of command N (0-based) in a hyperfine JSON export
mean() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]; print("%.1f" % (r["mean"]*1000))' "$1" "$2"; }
ratio() { python3 -c 'import sys; print("%.2f" % (float(sys.argv[1])/float(sys.argv[2])))' "$1" "$2"; }

rows=()
for n in $SIZES; do
    data="$WORK/data-$n"
    lines="$WORK/lines-$n.txt"
    files="$WORK/files-$n.txt"
    if [ ! -f "$WORK/data-$n.done" ]; then
        echo "==> generating $n sessions in $data" >&2
        rm -rf "$data" "$lines"
        "$GEN" --count "$n" --out "$data" --lines "$lines" --seed 1
        touch "$WORK/data-$n.done"
    fi
    find "$data/sessions" -name '*.ron' | sort >"$files"
    echo "==> $n sessions: building the index, letting it settle" >&2
    "$CASUS" --data-dir "$data" stats >/dev/null
    sleep 2.2
    "$CASUS" --data-dir "$data" stats >/dev/null

    echo "==> $n: stats vs cat" >&2
    hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$WORK/stats-$n.json" \
        -n "casus stats" "$CASUS --data-dir $data stats" \
        -n "cat" "xargs -a $files cat" >&2
    stats_ms=$(mean "$WORK/stats-$n.json" 0)
    cat_ms=$(mean "$WORK/stats-$n.json" 1)

    echo "==> $n: search vs fzf --filter" >&2
    hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$WORK/search-$n.json" \
        -n "casus search" "$CASUS --data-dir $data search $QUERY" \
        -n "fzf --filter" "fzf --filter $QUERY < $lines" >&2
    search_ms=$(mean "$WORK/search-$n.json" 0)
    fzf_ms=$(mean "$WORK/search-$n.json" 1)

    cold="-"
    empty="-"
    if [ "$COLD" = 1 ]; then
        echo "==> $n: stats without the index" >&2
        hyperfine --style basic --runs 1 --export-json "$WORK/cold-$n.json" \
            "CASUS_NO_INDEX=1 $CASUS --data-dir $data stats" >&2
        cold=$(mean "$WORK/cold-$n.json" 0)
        echo "==> $n: stats with an empty cache" >&2
        hyperfine --style basic --runs 1 --prepare "rm -rf $XDG_CACHE_HOME/casus" \
            --export-json "$WORK/empty-$n.json" "$CASUS --data-dir $data stats" >&2
        empty=$(mean "$WORK/empty-$n.json" 0)
        "$CASUS" --data-dir "$data" stats >/dev/null
    fi

    echo "==> $n: first frame" >&2
    home=$(python3 scripts/first_frame.py --runs "$RUNS" "Sessions:" -- "$CASUS" --lang en --data-dir "$data")
    home_ms=$(echo "$home" | awk '{print $2}')
    review_ms="-"
    review_loaded_ms="-"
    review_rss="-"
    if [ "$has_review" = 1 ]; then
        review=$(python3 scripts/first_frame.py --runs "$RUNS" "Review" -- "$CASUS" --lang en --data-dir "$data" review)
        review_ms=$(echo "$review" | awk '{print $2}')
        loaded=$(python3 scripts/first_frame.py --runs 1 --rss "$WORK/review-rss" "of $n sessions" -- "$CASUS" --lang en --data-dir "$data" review)
        review_loaded_ms=$(echo "$loaded" | awk '{print $2}')
        review_rss=$(($(tail -1 "$WORK/review-rss") / 1024))
    fi

    echo "==> $n: peak memory of stats" >&2
    /usr/bin/time -f %M -o "$WORK/stats-rss" "$CASUS" --data-dir "$data" stats >/dev/null
    stats_rss=$(($(tail -1 "$WORK/stats-rss") / 1024))

    per=$(python3 -c 'import sys; print("%.1f" % (float(sys.argv[1])*1000/int(sys.argv[2])))' "$stats_ms" "$n")
    rows+=("| $n | $stats_ms | $cat_ms | $(ratio "$stats_ms" "$cat_ms")× | $per | $search_ms | $fzf_ms | $(ratio "$search_ms" "$fzf_ms")× | $home_ms | $review_ms | $review_loaded_ms | $stats_rss | $review_rss | $cold | $empty |")
done

{
    echo "| sessions | stats ms | cat ms | stats/cat | stats µs/session | search ms | fzf ms | search/fzf | home first frame ms | review first frame ms | review loaded ms | stats peak MB | review peak MB | stats, no index, ms | stats, empty cache, ms |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
} >>"$RESULTS"
cat "$RESULTS"
