#!/bin/sh
# Runs one libFuzzer target for a set time: scripts/fuzz.sh TARGET [SECONDS]
#   TARGET: article (loader, cleaner and whole extraction), rule-file (rule parser and compiler), figure (figure normalizer)
# Crashing, leaking or slow inputs are written to Tests/CrosscheckKitTests/Fixtures/fuzz/TARGET/, where the
# regression test FuzzRegressionTests replays them; the growing corpus is kept in .fuzz/TARGET (not in git).
set -eu
target=${1:?usage: scripts/fuzz.sh article|rule-file|figure [seconds]}
seconds=${2:-1800}
cd "$(dirname "$0")/.."

CROSSCHECK_FUZZ=1 swift build -c release --scratch-path .build-fuzz --product crosscheck-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld -Xswiftc -enable-testing >&2

corpus=.fuzz/$target
artifacts=Tests/CrosscheckKitTests/Fixtures/fuzz/$target
mkdir -p "$corpus" "$artifacts"
if [ -z "$(ls -A "$corpus")" ]; then
    case $target in
        # The first byte picks the format: 0 Markdown, 1 HTML, 2 plain text, 3 JSON Lines.
        article) for file in Examples/*; do { printf '\000'; cat "$file"; } > "$corpus/seed-$(basename "$file")"; done ;;
        rule-file) find Rules -name '*.yml' -exec cp {} "$corpus/" \; ;;
        figure) for text in 'nearly half' 'up to 15 percent' '\$83 billion' '3.5|4|about|%' '1/4 of' 'two-thirds'; do
                    printf '%s' "$text" > "$corpus/seed-$(printf '%s' "$text" | cksum | cut -d' ' -f1)"; done ;;
    esac
fi
exec ./.build-fuzz/release/crosscheck-fuzz "$target" "$corpus" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$artifacts/" -print_final_stats=1
