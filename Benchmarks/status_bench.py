#!/usr/bin/env python3
"""How fast `knead status --short` answers a shell prompt, beside sqlite3's own shell.

Run from the repository root:

    python3 Benchmarks/status_bench.py            # builds in release first (a few minutes the first time)
    python3 Benchmarks/status_bench.py --runs 25

It builds knead and the `journal-benchmark` helper as an install does (Benchmarks/bench.py's
release build), writes a journal of 100,000 sessions with `journal-benchmark generate`, lets
`knead status` note the bundled routines' course rules in it once, then times, in turn and
alternating so both meet the same machine noise: `/bin/true` (a process that does nothing),
`knead status --short`, and `sqlite3 JOURNAL` answering one indexed query (a routine's latest
session). Prints the medians and the knead line. Every run gets its own XDG folders in a
temporary folder; nothing touches the real home.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kneadbench.builds import build_knead, release_build  # noqa: E402

TARGET_MS = 3.0
SESSIONS = 100_000
SQLITE_QUERY = "SELECT started_at FROM sessions WHERE routine_id = 'lumbar' ORDER BY started_at DESC LIMIT 1"


def timed(command, environment):
    """Milliseconds from spawn to exit of `command`, and what it printed."""
    start = time.perf_counter()
    finished = subprocess.run(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000, finished.stdout.decode()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=25, help="runs of each command (default 25)")
    parser.add_argument("--knead", help="a knead binary to measure instead of building one")
    arguments = parser.parse_args()
    sqlite3 = shutil.which("sqlite3")
    if not sqlite3:
        sys.exit("status_bench: sqlite3 is needed (apt-get install -y sqlite3)")
    knead = arguments.knead or build_knead()
    helper = release_build("journal-benchmark")
    with tempfile.TemporaryDirectory(prefix="knead-status-bench-") as folder:
        journal = os.path.join(folder, "journal.sqlite3")
        environment = {"PATH": "/usr/bin:/bin", "HOME": folder, "LANG": "C.UTF-8", "KNEAD_JOURNAL": journal,
                       "XDG_DATA_HOME": os.path.join(folder, "data"), "XDG_STATE_HOME": os.path.join(folder, "state"),
                       "XDG_CONFIG_HOME": os.path.join(folder, "config")}
        subprocess.run([helper, "generate", journal, str(SESSIONS)], env=environment, check=True, stdout=subprocess.DEVNULL)
        subprocess.run([knead, "status"], env=environment, check=True, stdout=subprocess.DEVNULL)
        commands = {
            "/bin/true": ["/bin/true"],
            "knead status --short": [knead, "status", "--short"],
            "sqlite3, one query": [sqlite3, journal, SQLITE_QUERY],
        }
        times = {name: [] for name in commands}
        line = ""
        for _ in range(3):  # warm the page cache
            for command in commands.values():
                timed(command, environment)
        for _ in range(arguments.runs):
            for name, command in commands.items():
                milliseconds, output = timed(command, environment)
                times[name].append(milliseconds)
                if name.startswith("knead"):
                    line = output.strip()
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        print(f"{name:24} median {value:6.2f} ms   (min {min(times[name]):.2f}, max {max(times[name]):.2f}, {arguments.runs} runs)")
    print(f"knead printed: {line!r}")
    knead_ms, sqlite_ms = medians["knead status --short"], medians["sqlite3, one query"]
    verdict = "meets" if knead_ms <= TARGET_MS and knead_ms <= sqlite_ms * 1.1 else "misses"
    print(f"{verdict} the target: at most {TARGET_MS} ms and no slower than sqlite3 (knead {knead_ms:.2f} ms, sqlite3 {sqlite_ms:.2f} ms)")


if __name__ == "__main__":
    main()
