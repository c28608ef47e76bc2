#!/usr/bin/env python3
"""Measures what one frame of a running countdown costs knead, in instructions, with callgrind.

Run from the repository root (needs valgrind; `apt-get install -y valgrind`):

    python3 Benchmarks/frame_cost.py                  # builds the release as ./install.sh does
    python3 Benchmarks/frame_cost.py --knead BINARY   # or measures this build

A countdown redraws once a second, and a key press draws one frame the same way, so the
instructions of a frame are what a wake-up costs the CPU and most of what a key costs in
latency. The benchmark runs the same session under callgrind twice, counting down for
`SHORT` and then for `LONG` seconds after its first frame, and divides the difference of the
two totals by the seconds between: start-up and the session's end cancel out, and what is
left is the frame alone. It also lists the functions whose own instructions grew the most,
so a change to a screen can be traced to the code that costs. Nothing touches the real home
folders; the run takes about a minute.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kneadbench.builds import build_knead  # noqa: E402
from kneadbench.knead_program import (  # noqa: E402
    LONG_ROUTINE_TITLE, begin_knead_session, child_environment, quit_knead_session, write_routine,
)
from kneadbench.pty_harness import PtyProgram  # noqa: E402

SHORT, LONG = 1, 21
# Under callgrind knead runs some fifty times slower; these bound each wait generously.
SCREEN_TIMEOUT = 90
EXIT_TIMEOUT = 60


def profile(executable, countdown_seconds, folder, output):
    """Runs a one-step session under callgrind, counting down for `countdown_seconds` after its
    first frame, then quits; writes the profile to `output`."""
    config = os.path.join(folder, "config")
    os.makedirs(config, exist_ok=True)
    routine = write_routine(folder, "long.json", LONG_ROUTINE_TITLE, [3600])
    argv = [shutil.which("valgrind"), "--tool=callgrind", f"--callgrind-out-file={output}", f"--log-file={output}.log",
            executable, "run", routine]
    program = PtyProgram(argv, child_environment(config))
    program.start()
    if program.wait_for(lambda screen: "begin" in screen.text(), SCREEN_TIMEOUT) is None:
        sys.exit("knead did not show its safety check under callgrind; screen:\n" + program.screen_text())
    if begin_knead_session(program, "step 1 of 1", SCREEN_TIMEOUT) is None:
        sys.exit("the session did not begin under callgrind; screen:\n" + program.screen_text())
    time.sleep(countdown_seconds)
    quit_knead_session(program)
    if program.wait_for_exit(EXIT_TIMEOUT) is None:
        sys.exit("knead did not end under callgrind")


def functions(output, inclusive):
    """Each function's instructions in a profile (its own, or with what it calls)."""
    command = ["callgrind_annotate", "--threshold=100"] + (["--inclusive=yes"] if inclusive else []) + [output]
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    counts = {}
    for line in text.splitlines():
        match = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.+?)(?: \[.*\])?$", line)
        if match:
            counts[match.group(2).removeprefix("???:")] = int(match.group(1).replace(",", ""))
    return counts


def demangled(names):
    """The names as Swift writes them (unchanged when swift-demangle is missing)."""
    if not shutil.which("swift-demangle") and not shutil.which("swift"):
        return names
    command = ["swift-demangle", "--simplified"] if shutil.which("swift-demangle") else ["swift", "demangle", "--simplified"]
    result = subprocess.run(command, input="\n".join(names), capture_output=True, text=True)
    lines = result.stdout.splitlines()
    return lines if len(lines) == len(names) else names


def main():
    parser = argparse.ArgumentParser(description="Instructions per frame of a running knead countdown, with callgrind.")
    parser.add_argument("--knead", help="measure this knead binary instead of building one")
    parser.add_argument("--top", type=int, default=15, help="how many of the costliest functions to list (default 15)")
    options = parser.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("valgrind is needed: apt-get install -y valgrind")
    knead = options.knead or build_knead()
    with tempfile.TemporaryDirectory(prefix="knead-frame-cost-") as folder:
        # Valgrind cannot read the DWARF 5 the toolchain writes; the symbols stay.
        executable = os.path.join(folder, "knead")
        subprocess.run(["strip", "--strip-debug", "-o", executable, knead], check=True)
        totals, own = {}, {}
        for seconds in (SHORT, LONG):
            output = os.path.join(folder, f"callgrind-{seconds}.out")
            profile(executable, seconds, os.path.join(folder, f"run-{seconds}"), output)
            counts = functions(output, inclusive=True)
            totals[seconds] = max(counts.values())
            own[seconds] = functions(output, inclusive=False)
    per_frame = (totals[LONG] - totals[SHORT]) / (LONG - SHORT)
    print(f"{knead}: {per_frame / 1e6:.2f} M instructions per frame of a running countdown "
          f"({LONG - SHORT} frames between a {SHORT} s and a {LONG} s run)")
    growth = sorted(
        ((own[LONG].get(name, 0) - own[SHORT].get(name, 0)) / (LONG - SHORT), name) for name in own[LONG] if name != "PROGRAM TOTALS"
    )
    growth = [item for item in reversed(growth) if item[0] > 0][: options.top]
    names = demangled([name for _, name in growth])
    print("the functions costing most of their own a frame:")
    for (cost, _), name in zip(growth, names):
        print(f"  {cost / 1e3:>8.1f} k  {name[:110]}")


if __name__ == "__main__":
    main()
