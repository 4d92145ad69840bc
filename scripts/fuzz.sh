#!/usr/bin/env bash
# Fuzzes every parser that reads untrusted bytes for SECONDS each (default 30), with AddressSanitizer
# and leak checks, from a corpus seeded by the inputs the tests and docs use. Exits non-zero on any
# crash, broken invariant, hang or leak, and prints the reproducer. Not part of CI (it takes minutes).
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 300 kdl legacy-game
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ec4x_setup >/dev/null

seconds=${1:-30}
shift || true
all_targets=(kdl legacy-config legacy-systems legacy-lanes legacy-game-info legacy-game json-orders kdl-orders)
if [ $# -eq 0 ]; then targets=("${all_targets[@]}"); else targets=("$@"); fi
usage="usage: scripts/fuzz.sh [SECONDS] [TARGET...], targets: ${all_targets[*]}"
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "$usage" >&2; exit 2; }
for target in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $target "* ]] || { echo "$usage" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/ec4x-fuzz.XXXXXX")
shared=../shared
shopt -s nullglob globstar

# libFuzzer without its own main: SwiftPM already makes each harness's main.swift the entry point,
# and that calls libFuzzer's driver.
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
fuzzer_lib=$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a 2>/dev/null | head -n 1)
[ -n "$fuzzer_lib" ] || { echo "scripts/fuzz.sh: libclang_rt.fuzzer_no_main not found under $toolchain" >&2; exit 1; }

echo "fuzz: building harnesses (release, ASan, coverage)..."
# SwiftPM replans a path dependency (the root package) only when a manifest changes; without this a
# source file added to a fuzzed module since the last fuzz build is not seen.
touch Fuzz/Package.swift
if ! swift build -c release --package-path Fuzz \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp -Xswiftc -g \
    -Xlinker "$fuzzer_lib" -Xlinker -lstdc++ >"$work/build.log" 2>&1; then
    grep -v '__asan_extra_spill_area' "$work/build.log" | tail -n 30 >&2
    echo "scripts/fuzz.sh: build failed (log: $work/build.log)" >&2
    exit 1
fi
bin=Fuzz/.build/release

# Markdown code blocks of one language, one file each.
code_blocks() { # LANGUAGE FILE OUT_PREFIX
    awk -v lang="$1" -v out="$3" '
        $0 == "```" lang { inside = 1; n++; file = out n; next }
        /^```/ { inside = 0; next }
        inside { print > file }' "$2"
}

seed() { # TARGET -> corpus folder with the seeds for it
    local corpus="$work/corpus-$1"
    mkdir -p "$corpus"
    case "$1" in
        kdl) cp "$shared"/kdl-test-suite/test_cases/input/*.kdl scenarios/**/*.kdl "$corpus"/ 2>/dev/null || true ;;
        legacy-config) for f in "$shared"/legacy-samples/**/*.toml*; do cp "$f" "$corpus/$(echo "$f" | tr / _)"; done ;;
        legacy-systems) for f in "$shared"/legacy-samples/**/systems.txt; do cp "$f" "$corpus/$(echo "$f" | tr / _)"; done ;;
        legacy-lanes) for f in "$shared"/legacy-samples/**/lanes.txt; do cp "$f" "$corpus/$(echo "$f" | tr / _)"; done ;;
        legacy-game-info) for f in "$shared"/legacy-samples/**/game_info.txt; do cp "$f" "$corpus/$(echo "$f" | tr / _)"; done ;;
        legacy-game)
            # The harness cuts its input at NUL bytes: systems, lanes, config, info.
            local game="$shared/legacy-samples/test_game" info=("$shared"/legacy-samples/**/game_info.txt)
            if [ -f "$game/game_data/systems.txt" ]; then
                { cat "$game/game_data/systems.txt"; printf '\0'; cat "$game/game_data/lanes.txt"; printf '\0'
                  cat "$game/game_config.toml" 2>/dev/null || true; printf '\0'; cat "${info[@]:0:1}" 2>/dev/null || true
                } >"$corpus/test_game"
            fi ;;
        json-orders) code_blocks json docs/players.md "$corpus/players-md-" ;;
        kdl-orders) code_blocks kdl docs/players.md "$corpus/players-md-" ;;
    esac
    echo "$corpus"
}

export SWIFT_BACKTRACE=enable=no   # let ASan and libFuzzer report crashes, not the Swift backtracer
failed=0
for target in "${targets[@]}"; do
    corpus=$(seed "$target")
    log="$work/$target.log"
    set +e
    "$bin/fuzz-$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 \
        -print_final_stats=1 -artifact_prefix="$work/$target-" >"$log" 2>&1
    status=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    if [ "$status" -eq 0 ]; then
        printf 'fuzz-%-17s ok    %s s, %s runs, %s exec/s, corpus %s files\n' "$target" "$seconds" "${runs:-?}" "${rate:-?}" "$(ls "$corpus" | wc -l)"
    else
        failed=1
        reproducer=$(sed -n "s/.*Test unit written to //p" "$log" | tail -n 1)
        printf 'fuzz-%-17s FAIL  (exit %s)\n' "$target" "$status"
        grep -E 'ERROR: |Fatal error|SUMMARY|invariant broken' "$log" | head -n 6 | sed 's/^/    /'
        echo "    reproducer: ${reproducer:-none written}"
        echo "    rerun:      $bin/fuzz-$target ${reproducer:-<input>}"
        echo "    full log:   $log"
    fi
done

if [ "$failed" -ne 0 ]; then
    echo "scripts/fuzz.sh: failures above; reproducers kept in $work"
    exit 1
fi
rm -rf "$work"
