#!/usr/bin/env bash
# Installs knead into a prefix, or removes it again.
#
#   ./install.sh                      build, then install into ~/.local
#   ./install.sh --prefix /usr/local  install for everyone (run as root)
#   ./install.sh --uninstall          remove what an install put into ~/.local
#   ./install.sh --prefix DIR --uninstall
#   ./install.sh --build-only [--scratch-path DIR] [--product NAME]
#                                     only build as an install does; print the binary's path
#
# An install puts five files under the prefix: the self-contained binary (the Swift
# runtime and the bundled routines built in) as bin/knead, the man page as
# share/man/man1/knead.1, and completion scripts for bash, zsh and fish. Uninstalling removes
# exactly those files and nothing else; your own routines in ~/.config/knead stay.
#
# The release build is laid out to keep a session's memory small and its start quick: the C++
# library and SQLite are linked in (no shared library of theirs to load), no symbols
# are exported, every Swift function gets its own section, and Sources/knead/hot-sections.txt
# has the linker place knead's own modules whole and the toolchain functions a session runs
# side by side. Its patterns name modules, never functions, so a rename cannot break it (see
# docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")"

prefix="${HOME:-}/.local"
action=install
scratch="$PWD/.build"
product=knead
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        --uninstall) action=uninstall; shift ;;
        --build-only) action=build; shift ;;
        --scratch-path) scratch="${2:?--scratch-path needs a folder}"; shift 2 ;;
        --product) product="${2:?--product needs a name}"; shift 2 ;;
        -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument: $1 (see ./install.sh --help)" >&2; exit 64 ;;
    esac
done
case "$prefix" in
    /*) ;;
    *) prefix="$PWD/$prefix" ;;
esac
case "$scratch" in
    /*) ;;
    *) scratch="$PWD/$scratch" ;;
esac

# Builds `product` in release mode, self-contained and laid out for a small session; prints
# the built binary's path.
release_build() {
    # No symbol table for the loader to search on every lookup (the Swift runtime asks for it;
    # knead needs none), and each Swift function in a section of its own. No search path of the
    # binary's own folder (it needs no library from there, and the loader would look in it for
    # each library first), and the unwinder linked in rather than loaded (libgcc_s).
    local flags=(-c release --static-swift-stdlib -Xlinker -no-pie -Xlinker --no-export-dynamic
                 -Xswiftc -Xfrontend -Xswiftc -function-sections
                 --disable-local-rpath -Xswiftc -Xclang-linker -Xswiftc -static-libgcc
                 --scratch-path "$scratch")
    if [ -s Sources/knead/hot-sections.txt ]; then
        flags+=(-Xlinker "--section-ordering-file=$PWD/Sources/knead/hot-sections.txt")
    fi
    # The C++ library, SQLite and ncurses are linked in from their archives, which the linker
    # takes from a folder where each is the only library of its name. A shared library costs
    # every start its loading and symbol binding (SQLite alone binds 1,600 symbols, ncurses
    # 495), which `knead status --short` in a shell prompt pays before every command. ncurses
    # needs its terminfo part (tinfo) named too; the binary then carries copies of the C
    # library's stdin, stdout and stderr, the only symbols it names for the loader.
    local archives="$scratch/static-libraries" library archive
    mkdir -p "$archives"
    for library in stdc++ sqlite3 ncursesw tinfo; do
        archive=$(clang -print-file-name="lib$library.a" 2>/dev/null || true)
        if [ -f "$archive" ]; then
            ln -sf "$archive" "$archives/lib$library.a"
        else
            rm -f -- "$archives/lib$library.a"
            echo "note: lib$library.a not found; linking lib$library as a shared library" >&2
        fi
    done
    flags+=(-Xlinker -L -Xlinker "$archives")
    if [ -e "$archives/libncursesw.a" ] && [ -e "$archives/libtinfo.a" ]; then
        flags+=(-Xlinker -ltinfo)
    fi
    local built
    built="$(swift build "${flags[@]}" --show-bin-path)/$product"
    # swift build relinks when the code changes, not when the ordering file does.
    if [ -e "$built" ] && [ Sources/knead/hot-sections.txt -nt "$built" ]; then
        rm -f -- "$built"
    fi
    swift build "${flags[@]}" --product "$product" >&2
    echo "$built"
}

if [ "$action" = build ]; then
    release_build
    exit 0
fi
[ -n "${HOME:-}" ] || [ "$prefix" != /.local ] || { echo "install.sh: set HOME or give --prefix" >&2; exit 64; }

binary="$prefix/bin/knead"
manual="$prefix/share/man/man1/knead.1"
bash_completion="$prefix/share/bash-completion/completions/knead"
zsh_completion="$prefix/share/zsh/site-functions/_knead"
fish_completion="$prefix/share/fish/vendor_completions.d/knead.fish"
installed=("$binary" "$manual" "$bash_completion" "$zsh_completion" "$fish_completion")

if [ "$action" = uninstall ]; then
    # The reminders' systemd user timer, if knead remind --install wrote one, goes first, while
    # the binary that removes it is still there.
    if [ -x "$binary" ]; then
        "$binary" remind --uninstall || echo "could not remove the reminders' timer: run knead remind --uninstall" >&2
    fi
    for file in "${installed[@]}"; do
        if [ -e "$file" ]; then
            rm -f -- "$file"
            echo "removed $file"
        fi
    done
    exit 0
fi

echo "building a self-contained knead (release)…"
built=$(release_build)

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
