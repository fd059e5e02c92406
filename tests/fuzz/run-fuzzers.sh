#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# usage: tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS]
# Runs every libFuzzer target built in BUILD_DIR (the fuzz preset) for SECONDS each (default 60), starting from
# the checked-in corpus tests/fuzz/corpus/<name>. New inputs go to BUILD_DIR/fuzz-corpus/<name>, crashing
# inputs to BUILD_DIR/fuzz-crashes/<name>/; copy a crashing input into the checked-in corpus once it is fixed,
# so the smoke test (fuzz_<name>_smoke in ./dev test) keeps it fixed. Exit status 1 when any target crashed.
set -euo pipefail

# Symbolised stack traces in crash reports.
if ! command -v llvm-symbolizer >/dev/null; then
  for dir in /usr/lib/llvm-*/bin; do [ -x "$dir/llvm-symbolizer" ] && PATH="$PATH:$dir"; done
fi

build=${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "$build" && pwd)

found=0
crashed=()
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
  [ -x "$fuzzer" ] && [ -f "$fuzzer" ] || continue
  case "$fuzzer" in *_smoke) continue ;; esac
  found=1
  name=${fuzzer##*/fuzz_}
  work="$build/fuzz-corpus/$name"
  crashes="$build/fuzz-crashes/$name"
  mkdir -p "$work" "$crashes"
  args=(-max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1
    -artifact_prefix="$crashes/")
  [ -f "$here/$name.dict" ] && args+=(-dict="$here/$name.dict")
  # Extra libFuzzer flags of a target, one per line, '#' for comments.
  [ -f "$here/$name.flags" ] && while read -r flag; do args+=("$flag"); done < <(sed 's/#.*//; /^ *$/d' "$here/$name.flags")
  printf '\n=== fuzz_%s for %s s\n' "$name" "$seconds"
  started=$SECONDS
  if "$fuzzer" "${args[@]}" "$work" "$here/corpus/$name"; then
    printf '=== fuzz_%s: %s s, no crash\n' "$name" "$((SECONDS - started))"
  else
    printf '=== fuzz_%s: CRASHED after %s s; inputs in %s\n' "$name" "$((SECONDS - started))" "$crashes"
    crashed+=("$name")
  fi
done

[ $found = 1 ] || { echo "no fuzz targets in $build/tests/fuzz (build the fuzz preset first)" >&2; exit 2; }
if [ ${#crashed[@]} -gt 0 ]; then
  echo "crashed: ${crashed[*]}"
  exit 1
fi
echo "all fuzz targets ran $seconds s each without a crash"
