#!/usr/bin/env bash
# Time to first frame of any terminal command, measured in tmux.
#
#   scripts/ttff.sh [-n RUNS] [-w WARMUP] [-m MARKER] [-x COLS -y ROWS] [-t SECONDS] [-r] -- CMD...
#
# Starts a private tmux server (its own socket in a temporary folder, so it never
# touches the user's tmux), then RUNS times: opens a new COLSxROWS session running
# CMD, polls `tmux capture-pane -p` until MARKER is on the screen, records the time
# from just before the session was created to the poll that saw the marker, and
# kills the session. Prints min / median / max in milliseconds.
#
#   -n RUNS     timed runs (default 10)
#   -w WARMUP   untimed runs first, to warm the page cache (default 1)
#   -m MARKER   text to wait for (default: "% done", amphi's status bar, drawn last)
#   -x -y       pane size (default 120x40)
#   -t SECONDS  give up on a run after this long (default 10)
#   -r          also print the peak resident memory (VmHWM) of the pane's process,
#               read 300 ms after the marker appeared (CMD must exec the program:
#               use `env VAR=value prog`, not `sh -c`)
#
# The command runs with this script's environment (a fresh tmux server inherits
# it), so `AMPHI_STATE=/tmp/s.json scripts/ttff.sh -- target/release/amphi` works.
#
# What the number includes: the tmux client starting and asking the server for a
# session, the server creating a pty and forking CMD, CMD starting and drawing, and
# up to one polling round trip (each poll runs `tmux capture-pane`, printed below as
# "poll"). Run a trivial command (`-m ttff-ready -- sh -c 'echo ttff-ready; sleep 60'`)
# to see this floor on the machine. Measure commands in the same run when comparing.
#
# Examples:
#   scripts/ttff.sh -m 'Lorem' -- less /tmp/50k.md
#   AMPHI_STATE=$(mktemp -d)/s.json scripts/ttff.sh -n 20 -- target/release/amphi /tmp/big
set -euo pipefail

runs=10 warmup=1 marker='% done' cols=120 rows=40 timeout=10 rss=0
usage() { sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
while getopts 'n:w:m:x:y:t:rh' opt; do
  case $opt in
    n) runs=$OPTARG ;;
    w) warmup=$OPTARG ;;
    m) marker=$OPTARG ;;
    x) cols=$OPTARG ;;
    y) rows=$OPTARG ;;
    t) timeout=$OPTARG ;;
    r) rss=1 ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
if [[ ${1:-} == -- ]]; then shift; fi
(($# > 0)) || usage
command -v tmux >/dev/null || { echo "ttff: tmux is not installed" >&2; exit 2; }

# Nanoseconds since the epoch. Bash 5's $EPOCHREALTIME costs no fork; `date` is the
# fallback (and costs about a millisecond, which would count in the result).
now_ns() {
  if [[ -n ${EPOCHREALTIME:-} ]]; then
    local t=${EPOCHREALTIME/[.,]/}
    echo $((10#$t * 1000))
  else
    date +%s%N
  fi
}

dir=$(mktemp -d "${TMPDIR:-/tmp}/ttff.XXXXXX")
sock=$dir/tmux.sock
t() { tmux -S "$sock" -f /dev/null "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT

# The server stays up between runs with one idle session, so its start-up is not
# measured.
t new-session -d -s idle -x "$cols" -y "$rows" 'sleep 100000'
t set -g status off
# A command that prints and exits (`amphi check`) stays on screen until killed.
t set -g remain-on-exit on

# One polling round trip, for the record.
p0=$(now_ns)
for _ in 1 2 3 4 5; do t capture-pane -p -t idle >/dev/null; done
poll_us=$((($(now_ns) - p0) / 5000))

# One run: prints the milliseconds (with a fraction) to the first frame, then the
# peak RSS in kB when -r was given.
one() {
  local name=run$1 t0 t1 screen deadline hwm=''
  shift
  t0=$(now_ns)
  # Several arguments: tmux runs them directly (no shell), exactly as given.
  t new-session -d -s "$name" -x "$cols" -y "$rows" -- "$@"
  deadline=$((t0 + timeout * 1000000000))
  while :; do
    screen=$(t capture-pane -p -S - -t "$name" 2>/dev/null || true)
    t1=$(now_ns)
    [[ $screen == *"$marker"* ]] && break
    if ((t1 > deadline)); then
      echo "ttff: '$marker' did not appear within ${timeout}s; the screen was:" >&2
      printf '%s\n' "$screen" >&2
      t kill-session -t "$name" 2>/dev/null || true
      return 1
    fi
  done
  if ((rss)); then
    local pid
    pid=$(t display -p -t "$name" '#{pane_pid}')
    sleep 0.3
    hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    [[ $hwm =~ ^[0-9]+$ ]] || hwm=''
  fi
  t kill-session -t "$name" 2>/dev/null || true
  awk -v ns=$((t1 - t0)) -v hwm="$hwm" 'BEGIN { printf "%.2f %s\n", ns / 1e6, hwm }'
}

for ((i = 0; i < warmup; i++)); do one "w$i" "$@" >/dev/null; done
times=()
hwms=()
for ((i = 0; i < runs; i++)); do
  read -r ms kb < <(one "$i" "$@")
  [[ -n $ms ]] || exit 1
  times+=("$ms")
  if [[ -n ${kb:-} ]]; then hwms+=("$kb"); fi
done

printf '%s\n' "${times[@]}" | sort -g | awk -v cmd="$*" -v poll="$poll_us" -v size="${cols}x${rows}" '
  { v[NR] = $1 }
  END {
    med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%s\n  %s, %d runs: min %.1f ms  median %.1f ms  max %.1f ms  (poll %.1f ms)\n",
      cmd, size, NR, v[1], med, v[NR], poll / 1000
  }'
if ((${#hwms[@]} > 0)); then
  printf '%s\n' "${hwms[@]}" | sort -n | awk '
    { v[NR] = $1 } END { printf "  peak RSS (VmHWM): min %.1f MB  max %.1f MB\n", v[1] / 1024, v[NR] / 1024 }'
fi
