#!/usr/bin/env python3
"""Writes Sources/knead/hot-sections.txt: the functions a session runs, sorted by name.

Run from the repository root (needs valgrind; `apt-get install -y valgrind`):

    python3 Benchmarks/hot_sections.py

The release build (`./install.sh`) gives every Swift function its own section and hands this
file to the linker, which places the listed sections side by side at the start of the code.
The kernel maps a program's code in 64 KB runs around each page it touches, so code used by a
session but spread across the 10 MB of the binary makes most of it resident; packed together,
the same code takes a fraction of that (figures in docs/performance.md).

It builds knead as an install does, runs it under callgrind through a few scripted sessions
in a pseudo-terminal (a routine from its safety check to the summary, the picker, help and the
"it hurts" box, the Russian screens), and lists every function callgrind saw, once, sorted
by name. Every listed function is run, so the whole packed run of code is resident whatever
its order; sorting keeps each type's functions together (a mangled name begins with its module
and type) and makes the list the same on every run, so it changes only where the code does.
A function missing from the list still works; it is only placed
elsewhere. Regenerate the list after large changes, and measure with
`python3 Benchmarks/journal_bench.py`. Nothing touches the real home folders.
"""

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

OUTPUT_PATH = os.path.join(REPOSITORY, "Sources", "knead", "hot-sections.txt")
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


def main():
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
        ordered = sorted(names)
        with open(OUTPUT_PATH, "w") as listing:
            listing.writelines(f".text.{name}\n" for name in ordered)
        print(f"wrote {len(ordered)} functions to {relative(OUTPUT_PATH)}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
