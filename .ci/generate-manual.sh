#!/usr/bin/env bash
# Writes knead's man page from the command definitions: swift-argument-parser's generate-manual
# plugin with a fixed date, so the page is the same on every machine, and each blank line of the
# commands' discussion text turned into an mdoc paragraph break.
#
#   .ci/generate-manual.sh            rewrite docs/knead.1
#   .ci/generate-manual.sh --check    exit 1 when docs/knead.1 is out of date
set -euo pipefail
cd "$(dirname "$0")/.."

# The date the page carries; change it when the page's content changes meaningfully.
manual_date=2026-12-01

output=$(mktemp -d)
trap 'rm -rf "$output"' EXIT
swift package --disable-sandbox plugin generate-manual --configuration debug --date "$manual_date" \
    --output-directory "$output" >/dev/null
sed 's/^$/.Pp/' "$output/knead.1" >"$output/knead.1.fixed"

if [ "${1:-}" = "--check" ]; then
    if ! diff -u docs/knead.1 "$output/knead.1.fixed"; then
        echo "docs/knead.1 is out of date: run .ci/generate-manual.sh and commit it" >&2
        exit 1
    fi
    echo "docs/knead.1 is up to date"
else
    cp "$output/knead.1.fixed" docs/knead.1
    echo "wrote docs/knead.1"
fi
