#!/usr/bin/env bash
# Builds the routine loader with libFuzzer and AddressSanitizer, and fuzzes it.
#
#   Tests/Fuzz/fuzz-loader.sh [SECONDS]     (default 60; 0 runs until stopped)
#
# The seed corpus is Sessions/, the JSON test suite in ../shared/testdata/ (when present) and
# the loader samples in Tests/Fuzz/corpus/. New inputs the fuzzer finds go to a scratch
# corpus in .build-fuzz/, never into the repository. Exits non-zero on any crash, leak or
# timeout, leaving the input that caused it in .build-fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${1:-60}"
build=.build-fuzz
mkdir -p "$build/corpus" "$build/artifacts"

echo "building the loader fuzzer"
# The linker's notes on the sanitizer's own symbols are noise; the log is shown on failure.
if ! swiftc -sanitize=fuzzer,address -parse-as-library -module-name KneadCore -Onone -g \
    $(find Sources/KneadCore -name '*.swift' | sort) Tests/Fuzz/LoaderFuzzTarget.swift \
    -o "$build/loader-fuzzer" > "$build/build.log" 2>&1; then
    cat "$build/build.log"
    exit 1
fi

seeds=(Sessions Tests/Fuzz/corpus)
[ -d ../shared/testdata/JSONTestSuite ] && seeds+=(../shared/testdata/JSONTestSuite)

echo "fuzzing for ${seconds} s with seeds: ${seeds[*]}"
status=0
"$build/loader-fuzzer" "$build/corpus" "${seeds[@]}" \
    -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$build/artifacts/" -print_final_stats=1 > "$build/last-run.log" 2>&1 || status=$?
# The run's end: the last progress lines, any error report, and the final statistics.
grep -E '^#|ERROR|SUMMARY|stat::|Done' "$build/last-run.log" | tail -12 || true
if [ "$status" -ne 0 ]; then
    echo "the loader fuzzer failed (status $status); the whole log:"
    cat "$build/last-run.log"
fi
exit "$status"
