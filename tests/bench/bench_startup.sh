#!/usr/bin/env bash
# Start-up of the window on a database of N service tasks, against the barest Qt window
# with a table (bare_window, built beside this bench), timed the same way in turn under
# one Xvfb: from the start of the process until its window is mapped (until_window.sh).
#
#   bench_startup.sh BUILD_DIR [N=100000] [RUNS=7]
#
# Prints each pair of runs, then the medians and their ratio (target: at most 2).
set -euo pipefail
build=$1; count=${2:-100000}; runs=${3:-7}
here=$(cd "$(dirname "$0")" && pwd)
taskdesk=$build/bin/taskdesk
bare=$build/tests/bench/bare_window
work=$(mktemp -d /tmp/bench_startup.XXXXXX)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT

python3 "$here/gen_svctasks.py" "$count" >"$work/doc.json"
QT_QPA_PLATFORM=offscreen "$taskdesk" --database "$work/db.sqlite" --import "$work/doc.json" >/dev/null

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$work/config HOME=$work

# A start whose process died before its window (the display refused it) is started again,
# up to three times, and said on stderr; it is not timed.
ms() {
    local s e rc attempt
    for attempt in 1 2 3; do
        s=$(date +%s%N); "$here/until_window.sh" "$@" 2>/dev/null; rc=$?; e=$(date +%s%N)
        [ $rc -ne 2 ] && break
        echo "($1 ended before its window, started again)" >&2
    done
    echo $(((e - s) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# One start of each first: fonts and libraries into the page cache for both.
ms 'Taskdesk' "$taskdesk" --database "$work/db.sqlite" >/dev/null
ms 'bare-baseline' "$bare" >/dev/null
: >"$work/app"; : >"$work/bare"
for i in $(seq "$runs"); do
    a=$(ms 'Taskdesk' "$taskdesk" --database "$work/db.sqlite")
    b=$(ms 'bare-baseline' "$bare")
    echo "$a" >>"$work/app"; echo "$b" >>"$work/bare"
    echo "run $i: taskdesk $a ms, bare window $b ms"
done
app=$(median <"$work/app"); base=$(median <"$work/bare")
echo "median: taskdesk $app ms (range $(sort -n "$work/app" | head -1)–$(sort -n "$work/app" | tail -1)),"\
     "bare window $base ms (range $(sort -n "$work/bare" | head -1)–$(sort -n "$work/bare" | tail -1)),"\
     "ratio $(awk -v a="$app" -v b="$base" 'BEGIN {printf "%.2f", a / b}') (target 2)"
