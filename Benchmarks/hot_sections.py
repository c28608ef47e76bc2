#!/usr/bin/env python3
"""Writes Sources/knead/hot-sections.txt: the order in which the release build lays out its code.

Run from the repository root (needs valgrind; `apt-get install -y valgrind`):

    python3 Benchmarks/hot_sections.py

The release build (`./install.sh`) gives every Swift function its own section and hands this
file to the linker (gold's `--section-ordering-file`), which places the sections it names
together, in the file's order, after the rest. The kernel maps a program's code in 64 KB runs around
each page it touches, so code a session runs but spread across the 10 MB of the binary makes
most of it resident; packed together, the same code takes a fraction of that (figures in
docs/performance.md).

The file holds two parts, so that no rename in knead can break it:

1. Patterns that take knead's own modules whole (every function whose mangled name mentions a
   `Knead…` module or `knead`, generic specialisations on knead's types included), then the
   argument parser's. A pattern names a module, never a function or a type, so renaming,
   moving or splitting knead's code changes nothing here.
2. The functions of the Swift toolchain (standard library, Foundation, the runtime, the C++
   library) that a session runs, by their exact names, which knead's code cannot change. This
   script finds them: it builds knead as an install does, runs it under callgrind through a few
   scripted sessions in a pseudo-terminal (a routine from its safety check to the summary, the
   picker, help and the "it hurts" box, the Russian screens), and keeps every function callgrind
   saw that the binary defines and the patterns do not already take, sorted by name.

A name that a new toolchain no longer has is only skipped by the linker; regenerate the list
after a toolchain upgrade, and measure with `python3 Benchmarks/bench.py --quick`.
`.ci/hot-layout-check` checks the build's layout. Nothing touches the real home folders.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kneadbench.builds import release_build  # noqa: E402
from kneadbench.paths import REPOSITORY, relative  # noqa: E402
from kneadbench.pty_harness import PtyProgram  # noqa: E402
from kneadbench.section_layout import MODULE_PATTERNS, defined_functions, matches_a_pattern  # noqa: E402

OUTPUT_PATH = os.path.join(REPOSITORY, "Sources", "knead", "hot-sections.txt")
HEADING = """\
# The order of the release build's code: ./install.sh hands this file to the linker
# (--section-ordering-file), which places the sections named here together, in this order.
# Written by python3 Benchmarks/hot_sections.py; see docs/performance.md.
#
# knead's own modules, whole (a rename inside them changes nothing here), then the argument parser:
"""
TOOLCHAIN_HEADING = """\
#
# The Swift toolchain's functions that a session runs (standard library, Foundation, runtime,
# C++ library), found with callgrind; knead's own names never appear below.
"""
# Under callgrind knead runs some fifty times slower; these bound each wait generously.
SCREEN_TIMEOUT = 90
EXIT_TIMEOUT = 60

# Each scenario: the arguments, the environment's language, and the steps, each a text to wait
# for on the screen (None: none) and the keys to send once it shows.
SCENARIOS = [
    (["collar"], "C.UTF-8", [
        ("begin", b"n"),
        ("How much does it hurt now?", b"5"),
        ("step 1 of", b" "),
        ("PAUSED", b" "),
        ("step 1 of", b"\x1b[C"),
        ("step 2 of", b"?"),
        ("During a session", b"\x1b"),
        ("step 2 of", b"\x1b[D"),
        ("step 1 of", b"q"),
        ("Quit this session?", b"y"),
        ("And now, after the session?", b"3"),
        ("Session ended early", b"x"),
    ]),
    ([], "C.UTF-8", [
        ("choose a routine", b"\x1b[B"),
        ("choose a routine", b"\x1b[A"),
        ("choose a routine", b"\r"),
        ("begin", b"n"),
        ("How much does it hurt now?", b"s"),
        ("step 1 of", b"h"),
        ("Ease off", b"\r"),
        ("step 1 of", b"q"),
        ("Quit this session?", b"y"),
        ("And now, after the session?", b"s"),
        ("Session ended early", b"x"),
        ("choose a routine", b"q"),
    ]),
    (["lumbar"], "ru_RU.UTF-8", [
        ("начать", b"n"),
        ("Насколько сильно болит сейчас?", b"4"),
        ("шаг 1 из", b"q"),
        ("Прервать сеанс?", b"y"),
        ("А теперь, после сеанса?", b"s"),
        ("Сеанс прерван", b"x"),
    ]),
]


def profile(executable, arguments, language, steps, folder, output):
    """Runs one scenario of `executable` under callgrind, writing its profile to `output`."""
    environment = {
        "PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": language, "HOME": folder,
        "XDG_DATA_HOME": os.path.join(folder, "data"), "XDG_CONFIG_HOME": os.path.join(folder, "config"),
        "XDG_STATE_HOME": os.path.join(folder, "state"),
    }
    valgrind = shutil.which("valgrind")
    argv = [valgrind, "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={output}",
            f"--log-file={output}.log", executable] + arguments + ["--journal", os.path.join(folder, "journal.sqlite3")]
    program = PtyProgram(argv, environment)
    program.start()
    try:
        for text, keys in steps:
            if program.wait_for(lambda screen: text in screen.text(), SCREEN_TIMEOUT) is None:
                sys.exit(f"{' '.join(arguments) or 'the picker'}: waited for {text!r}; the screen was:\n"
                         + program.screen.text())
            program.send(keys)
        if program.wait_for_exit(EXIT_TIMEOUT) is None:
            sys.exit(f"{' '.join(arguments) or 'the picker'} did not exit; the screen was:\n" + program.screen.text())
    finally:
        program.stop()


def functions_in(profile_path):
    """The function names of a callgrind profile, each as often as the profile names it."""
    names = []
    with open(profile_path) as lines:
        for line in lines:
            match = re.match(r"c?fn=\(\d+\) (.+)$", line.rstrip("\n"))
            if match:
                names.append(match.group(1))
    return names


def layout_file(run_functions, binary):
    """The text of the ordering file: the module patterns, then those of `run_functions` that
    `binary` defines and no pattern takes, sorted by name."""
    toolchain = sorted(name for name in set(run_functions) & defined_functions(binary)
                       if not matches_a_pattern(name, MODULE_PATTERNS))
    return (HEADING + "".join(f"{pattern}\n" for pattern in MODULE_PATTERNS)
            + TOOLCHAIN_HEADING + "".join(f".text.{name}\n" for name in toolchain))


def main():
    """Profiles the scripted sessions and writes the ordering file."""
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is needed: apt-get install -y valgrind")
    knead = release_build("knead")
    folder = tempfile.mkdtemp(prefix="knead-hot-sections-")
    try:
        # valgrind cannot read the build's DWARF 5; the symbol table is enough for the names.
        executable = os.path.join(folder, "knead")
        subprocess.run(["strip", "--strip-debug", "-o", executable, knead], check=True)
        names = set()
        for index, (arguments, language, steps) in enumerate(SCENARIOS):
            output = os.path.join(folder, f"callgrind-{index}.out")
            home = os.path.join(folder, f"home-{index}")
            os.makedirs(home)
            profile(executable, arguments, language, steps, home, output)
            run = set(functions_in(output))
            print(f"{' '.join(arguments) or 'the picker'}: {len(run)} functions run", flush=True)
            names |= run
        text = layout_file(names, knead)
        with open(OUTPUT_PATH, "w") as listing:
            listing.write(text)
        listed = sum(1 for line in text.splitlines() if line.startswith(".text.") and "*" not in line)
        print(f"wrote {len(MODULE_PATTERNS)} module patterns and {listed} toolchain functions to {relative(OUTPUT_PATH)}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
