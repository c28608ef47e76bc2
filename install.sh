#!/usr/bin/env bash
# Installs knead into a prefix, or removes it again.
#
#   ./install.sh                      build, then install into ~/.local
#   ./install.sh --prefix /usr/local  install for everyone (run as root)
#   ./install.sh --uninstall          remove what an install put into ~/.local
#   ./install.sh --prefix DIR --uninstall
#
# An install puts five files under the prefix: the self-contained binary (the Swift
# runtime and the bundled routines built in) as bin/knead, the man page as
# share/man/man1/knead.1, and completion scripts for bash, zsh and fish. Uninstalling removes
# exactly those files and nothing else; your own routines in ~/.config/knead stay.
set -euo pipefail
cd "$(dirname "$0")"

prefix="${HOME:?set HOME or give --prefix}/.local"
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument: $1 (see ./install.sh --help)" >&2; exit 64 ;;
    esac
done
case "$prefix" in
    /*) ;;
    *) prefix="$PWD/$prefix" ;;
esac

binary="$prefix/bin/knead"
manual="$prefix/share/man/man1/knead.1"
bash_completion="$prefix/share/bash-completion/completions/knead"
zsh_completion="$prefix/share/zsh/site-functions/_knead"
fish_completion="$prefix/share/fish/vendor_completions.d/knead.fish"
installed=("$binary" "$manual" "$bash_completion" "$zsh_completion" "$fish_completion")

if [ "$action" = uninstall ]; then
    for file in "${installed[@]}"; do
        if [ -e "$file" ]; then
            rm -f -- "$file"
            echo "removed $file"
        fi
    done
    exit 0
fi

echo "building a self-contained knead (release)…"
swift build -c release --static-swift-stdlib -Xlinker -no-pie
built="$(swift build -c release --static-swift-stdlib -Xlinker -no-pie --show-bin-path)/knead"

install -d "$prefix/bin" "${manual%/*}" "${bash_completion%/*}" "${zsh_completion%/*}" "${fish_completion%/*}"
install -m 755 "$built" "$binary"
install -m 644 docs/knead.1 "$manual"
for shell in bash zsh fish; do
    case "$shell" in
        bash) target="$bash_completion" ;;
        zsh) target="$zsh_completion" ;;
        fish) target="$fish_completion" ;;
    esac
    "$binary" --generate-completion-script "$shell" >"$target.new"
    chmod 644 "$target.new"
    mv -f -- "$target.new" "$target"
done
printf 'installed %s\n' "${installed[@]}"

case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "note: $prefix/bin is not on your PATH; add it, for example in ~/.profile: PATH=\"$prefix/bin:\$PATH\"" ;;
esac
if [ "$prefix" != /usr/local ] && [ "$prefix" != /usr ]; then
    echo "note: zsh finds the completion once ~/.zshrc has fpath+=($prefix/share/zsh/site-functions) before compinit"
fi
