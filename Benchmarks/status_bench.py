#!/usr/bin/env python3
"""How fast `knead status --short` answers a shell prompt, beside sqlite3's own shell.

Run from the repository root:

    python3 Benchmarks/status_bench.py               # builds in release first (a few minutes the first time)
    python3 Benchmarks/status_bench.py --runs 400
    python3 Benchmarks/status_bench.py --write-doc   # then rewrite its section of docs/performance-figures.md

It builds knead and the `journal-benchmark` helper as an install does (Benchmarks/bench.py's
release build) and copies knead into a temporary folder, as `./install.sh` copies it into a
prefix (a file the linker has just written maps more slowly than a copy of it). It writes a
journal of 100,000 sessions with `journal-benchmark generate`, lets `knead status` note the
bundled routines' course rules in it once, then times, in turn so that all meet the same
machine noise: `/bin/true` (a process that does nothing), `knead status --short` on that
journal, the same with no journal at all (knead's start-up alone), and `sqlite3 JOURNAL`
answering one indexed query (a routine's latest session). Each run's wall time is taken from
spawn to exit, its processor time from the kernel's accounting of the child. Prints the
medians and the knead line. Nothing touches the real home: every run gets its own XDG folders.
"""

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kneadbench.builds import build_knead, release_build  # noqa: E402
from kneadbench.figures_page import replace_section  # noqa: E402
from kneadbench.machine import machine_description, machine_line, source_revision  # noqa: E402
from kneadbench.paths import RESULTS_FOLDER  # noqa: E402
from kneadbench.percentiles import median, percentile  # noqa: E402
from kneadbench.processes import load_average  # noqa: E402

RESULTS_PATH = os.path.join(RESULTS_FOLDER, "status-latest.json")
#: The benchmark that owns its section of the figures page.
OWNER = "Benchmarks/status_bench.py"
TARGET_MS = 3.0
#: How much slower than sqlite3's shell knead may be and still count as as fast.
SQLITE_SLACK = 1.1
SESSIONS = 100_000
SQLITE_QUERY = "SELECT started_at FROM sessions WHERE routine_id = 'lumbar' ORDER BY started_at DESC LIMIT 1"
KNEAD = "knead status --short"
KNEAD_ALONE = "knead status --short, no journal"
SQLITE = "sqlite3, one query"
NOTHING = "/bin/true"


def timed(argv, environment):
    """Wall and processor milliseconds of one run of `argv`, its output thrown away."""
    with open(os.devnull, "wb") as devnull:
        started = time.perf_counter()
        child = os.posix_spawn(argv[0], argv, environment, file_actions=[
            (os.POSIX_SPAWN_DUP2, devnull.fileno(), 1), (os.POSIX_SPAWN_DUP2, devnull.fileno(), 2)])
        _, status, usage = os.wait4(child, 0)
        wall = (time.perf_counter() - started) * 1000
    if status != 0:
        sys.exit(f"status_bench: {' '.join(argv)} ended with status {status}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def commands(knead, sqlite3, journal, folder, environment):
    """Each command measured, by name, with its environment."""
    without_journal = dict(environment, KNEAD_JOURNAL=os.path.join(folder, "no-journal.sqlite3"))
    return {
        NOTHING: (["/bin/true"], environment),
        KNEAD: ([knead, "status", "--short"], environment),
        KNEAD_ALONE: ([knead, "status", "--short"], without_journal),
        SQLITE: ([sqlite3, journal, SQLITE_QUERY], environment),
    }


def measure(knead_built, helper, sqlite3, runs):
    """Every command `runs` times in turn, with a fresh journal and a copy of knead in a
    temporary folder; each command's wall and processor times, and knead's line."""
    with tempfile.TemporaryDirectory(prefix="knead-status-bench-") as folder:
        knead = os.path.join(folder, "knead")
        shutil.copy(knead_built, knead)
        journal = os.path.join(folder, "journal.sqlite3")
        environment = {"PATH": "/usr/bin:/bin", "HOME": folder, "LANG": "C.UTF-8", "KNEAD_JOURNAL": journal,
                       "XDG_DATA_HOME": os.path.join(folder, "data"), "XDG_STATE_HOME": os.path.join(folder, "state"),
                       "XDG_CONFIG_HOME": os.path.join(folder, "config")}
        subprocess.run([helper, "generate", journal, str(SESSIONS)], env=environment, check=True, stdout=subprocess.DEVNULL)
        subprocess.run([knead, "status"], env=environment, check=True, stdout=subprocess.DEVNULL)
        line = subprocess.run([knead, "status", "--short"], env=environment, check=True, capture_output=True, text=True).stdout
        measured = commands(knead, sqlite3, journal, folder, environment)
        times = {name: {"wall_ms": [], "cpu_ms": []} for name in measured}
        for round_number in range(runs + 3):  # the first three warm the page cache
            for name, (argv, variables) in measured.items():
                wall, cpu = timed(argv, variables)
                if round_number >= 3:
                    times[name]["wall_ms"].append(round(wall, 4))
                    times[name]["cpu_ms"].append(round(cpu, 4))
    return times, line.strip()


def summary(times):
    """Median, first quartile and 90th percentile of each command's wall time, and its median
    processor time."""
    return {name: {"median_ms": median(value["wall_ms"]), "q1_ms": percentile(value["wall_ms"], 0.25),
                   "p90_ms": percentile(value["wall_ms"], 0.9), "cpu_ms": median(value["cpu_ms"])}
            for name, value in times.items()}


def verdict(results):
    """Whether knead meets each half of its target, as fast as sqlite3 and at most TARGET_MS, in words."""
    knead, sqlite = results["figures"][KNEAD]["median_ms"], results["figures"][SQLITE]["median_ms"]
    as_fast = "met" if knead <= sqlite * SQLITE_SLACK else "MISSED"
    in_time = "met" if knead <= TARGET_MS else "MISSED"
    return (f"knead {knead:.2f} ms against sqlite3's {sqlite:.2f} ms ({knead / sqlite:.2f} of it): as fast as sqlite3 {as_fast};"
            f" at most {TARGET_MS} ms {in_time}")


def table(results):
    """The figures as the rows of a Markdown table."""
    rows = ["| command | median (ms) | first quartile (ms) | p90 (ms) | processor time, median (ms) |", "|---|---:|---:|---:|---:|"]
    for name, figures in results["figures"].items():
        rows.append(f"| {name} | {figures['median_ms']:.2f} | {figures['q1_ms']:.2f} | {figures['p90_ms']:.2f} | {figures['cpu_ms']:.2f} |")
    return rows


def section(results):
    """The prompt line's section of the figures page."""
    lines = [
        f"## The prompt's status line ({results['date']})",
        "",
        f"`python3 Benchmarks/status_bench.py --write-doc`: {results['runs']} runs of each command in turn, with a journal"
        f" of {SESSIONS:,} sessions; knead answered `{results['line']}`. Every sample is in"
        " `Benchmarks/results/status-latest.json`.",
        "",
        *table(results),
        "",
        f"{verdict(results)}.",
        "",
        machine_line(results),
    ]
    return "\n".join(lines)


def main():
    """Measures (or, with --doc-only, reads the last run), prints the medians and, when asked,
    rewrites the prompt line's section of the figures page."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=200, help="runs of each command (default 200)")
    parser.add_argument("--knead", help="a knead binary to measure instead of building one")
    parser.add_argument("--write-doc", action="store_true", help="rewrite the status line's section of docs/performance-figures.md")
    parser.add_argument("--doc-only", action="store_true",
                        help="rewrite that section from Benchmarks/results/status-latest.json without running anything")
    arguments = parser.parse_args()
    if arguments.doc_only:
        with open(RESULTS_PATH) as file:
            replace_section(OWNER, section(json.load(file)))
        return
    sqlite3 = shutil.which("sqlite3")
    if not sqlite3:
        sys.exit("status_bench: sqlite3 is needed (apt-get install -y sqlite3)")
    knead = arguments.knead or build_knead()
    helper = release_build("journal-benchmark")
    load_before = load_average()
    times, line = measure(knead, helper, sqlite3, arguments.runs)
    results = {
        "runs": arguments.runs, "line": line, "figures": summary(times), "samples": times,
        "load_average": [load_before, load_average()], "machine": machine_description(),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": source_revision()["commit"],
    }
    os.makedirs(os.path.dirname(RESULTS_PATH), exist_ok=True)
    with open(RESULTS_PATH, "w") as file:
        json.dump(results, file, indent=2)
    for name, figures in results["figures"].items():
        print(f"{name:34} median {figures['median_ms']:6.2f} ms   (q1 {figures['q1_ms']:.2f}, p90 {figures['p90_ms']:.2f},"
              f" processor {figures['cpu_ms']:.2f}; {arguments.runs} runs)")
    print(f"knead printed: {line!r}")
    print(verdict(results))
    if arguments.write_doc:
        replace_section(OWNER, section(results))


if __name__ == "__main__":
    main()
