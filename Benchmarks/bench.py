#!/usr/bin/env python3
"""Measures what a running knead session costs, beside termdown, in a real pseudo-terminal.

Run from the repository root:

    python3 Benchmarks/bench.py               # full run, about 5 minutes
    python3 Benchmarks/bench.py --quick       # a short smoke run, under a minute
    python3 Benchmarks/bench.py --write-doc   # full run, then rewrite its section of docs/performance-figures.md

It builds knead in release mode with its own scratch path (or takes --knead PATH), installs
termdown with pip when it is missing, and runs both programs one after the other (knead,
termdown, knead, termdown…) in an 80×24 pty with TERM=xterm-256color and LANG=C.UTF-8. For each
it measures CPU, wake-ups, bytes written while counting down, the pause key's latency, start-up
time, peak memory and timing accuracy; it prints a table against knead's targets and writes the
figures to Benchmarks/results/latest.json. The parts live in the `kneadbench` package beside it.
"""

import argparse
import datetime
import json
import os
import random
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kneadbench.builds import build_knead  # noqa: E402
from kneadbench.clock import now  # noqa: E402
from kneadbench.knead_program import (LONG_ROUTINE_TITLE, STEPS_ROUTINE_TITLE, Knead,  # noqa: E402
                                      child_environment, write_routine)
from kneadbench.machine import foundation_imports, machine_description, source_revision  # noqa: E402
from kneadbench.measurements import (measure_knead_accuracy, measure_session, measure_startup,  # noqa: E402
                                     measure_termdown_accuracy)
from kneadbench.paths import RESULTS_FOLDER, relative  # noqa: E402
from kneadbench.percentiles import median  # noqa: E402
from kneadbench.pty_harness import COLUMNS, ROWS  # noqa: E402
from kneadbench.session_figures import write_session_section  # noqa: E402
from kneadbench.termdown import Termdown, find_termdown  # noqa: E402
from kneadbench.verdicts import (describe_misses, diagnose_misses, render_table, rounded, summarize,  # noqa: E402
                                 table_rows)

RESULTS_PATH = os.path.join(RESULTS_FOLDER, "latest.json")


def parse_arguments():
    """The command line: durations, the knead binary, and what to write."""
    parser = argparse.ArgumentParser(description="Benchmark a knead session beside termdown in an 80×24 pty.")
    parser.add_argument("--quick", action="store_true", help="a short smoke run: 1 round, 5 s windows, 3 s steps")
    parser.add_argument("--knead", metavar="PATH", help="use this knead binary instead of building one")
    parser.add_argument("--rounds", type=int, help="sessions of each program, alternating (default 2)")
    parser.add_argument("--window", type=float, help="seconds over which CPU, wake-ups and bytes are measured (default 30)")
    parser.add_argument("--pause-pairs", type=int, help="pause/resume presses per session (default 12)")
    parser.add_argument("--startup-runs", type=int, help="start-ups per program (default 7)")
    parser.add_argument("--step-seconds", type=int, help="length of each of the three timed steps (default 20)")
    parser.add_argument("--programs", default="knead,termdown", help="which programs to run (default knead,termdown)")
    parser.add_argument("--write-doc", action="store_true", help="rewrite this benchmark's section of docs/performance-figures.md")
    parser.add_argument("--doc-only", action="store_true",
                        help="rewrite that section from Benchmarks/results/latest.json without running anything")
    parser.add_argument("--seed", type=int, default=1, help="seed for the random gaps between key presses")
    arguments = parser.parse_args()
    quick = arguments.quick
    defaults = {
        "rounds": 1 if quick else 2, "window": 5.0 if quick else 30.0, "pause_pairs": 6 if quick else 12,
        "startup_runs": 3 if quick else 7, "step_seconds": 3 if quick else 20,
    }
    for key, default in defaults.items():
        if getattr(arguments, key) is None:
            setattr(arguments, key, default)
    arguments.programs = [name.strip() for name in arguments.programs.split(",") if name.strip()]
    return arguments


def main():
    """Runs the benchmark, prints the table, writes the JSON and, when asked, the document."""
    arguments = parse_arguments()
    if arguments.doc_only:
        with open(RESULTS_PATH) as results_file:
            results = json.load(results_file)
        write_session_section(results, results.get("command", "python3 Benchmarks/bench.py --write-doc"))
        return
    started = now()
    load = os.getloadavg()[0]
    if load > 1.0:
        print(f"note: the machine is busy (1-minute load average {load:.2f} on {os.cpu_count()} cores);"
              " wake-ups and latencies will include preemption by that other work", flush=True)
    rng = random.Random(arguments.seed)
    scratch = tempfile.mkdtemp(prefix="knead-bench-")
    environment = child_environment(os.path.join(scratch, "config"))
    settle_seconds = 1.0 if arguments.quick else 2.0
    programs = []
    if "knead" in arguments.programs:
        knead_path = os.path.abspath(arguments.knead) if arguments.knead else build_knead()
        long_routine = write_routine(scratch, "bench-long.json", LONG_ROUTINE_TITLE, [600])
        programs.append(Knead(knead_path, environment, long_routine))
    if "termdown" in arguments.programs:
        programs.append(Termdown(find_termdown(), environment))
    if not programs:
        sys.exit("--programs names neither knead nor termdown")

    results = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine_description(),
        "config": {
            "rounds": arguments.rounds, "window_s": arguments.window, "settle_s": settle_seconds,
            "pause_pairs": arguments.pause_pairs, "startup_runs": arguments.startup_runs,
            "step_seconds": arguments.step_seconds, "terminal": f"{COLUMNS}x{ROWS} xterm-256color C.UTF-8",
            "quick": arguments.quick,
        },
        "executables": {program.name: program.executable for program in programs},
        "load_average_start": os.getloadavg(),
        "sources": source_revision(),
        "foundation_imports": None if arguments.knead else foundation_imports(),
        "sessions": {program.name: [] for program in programs},
        "startups": {program.name: [] for program in programs},
    }
    try:
        print(f"start-up: {arguments.startup_runs} runs each, alternating", flush=True)
        for _ in range(arguments.startup_runs):
            for program in programs:
                results["startups"][program.name].append(measure_startup(program))
        for round_number in range(1, arguments.rounds + 1):
            for program in programs:
                print(f"round {round_number}/{arguments.rounds}: {program.name} session"
                      f" ({arguments.window:.0f} s window, {arguments.pause_pairs} pause pairs)", flush=True)
                session = measure_session(program, arguments.window, arguments.pause_pairs, settle_seconds, rng)
                results["sessions"][program.name].append(session)
                print(f"  {session['process']} pid {session['pid']}: {session['cpu_percent']:.3f} % CPU,"
                      f" {session['wakeups_per_s']:.2f} wake-ups/s, {session['bytes_per_s']:.1f} B/s,"
                      f" pause median {median(session['pause_ms']):.2f} ms", flush=True)
        for program in programs:
            if isinstance(program, Knead):
                steps = [arguments.step_seconds] * 3
                print(f"timing: knead, three {arguments.step_seconds} s steps at time scale 1", flush=True)
                routine = write_routine(scratch, "bench-steps.json", STEPS_ROUTINE_TITLE, steps)
                results["knead_accuracy"] = measure_knead_accuracy(program, routine, steps)
            else:
                seconds = 10 if arguments.quick else 60
                print(f"timing: termdown {seconds}", flush=True)
                results["termdown_accuracy"] = measure_termdown_accuracy(program, seconds)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    results["summary"] = {
        name: summarize(sessions, results["startups"][name])
        for name, sessions in results["sessions"].items() if sessions
    }
    results["duration_s"] = round(now() - started, 1)
    results["command"] = "python3 Benchmarks/bench.py" + (" --quick" if arguments.quick else "") + " --write-doc"
    results["load_average_end"] = os.getloadavg()
    rows = table_rows(results)
    print()
    print(render_table(rows, markdown=False))
    misses = describe_misses(results)
    print()
    print("missed targets:\n  " + "\n  ".join(misses) if misses else "knead met every target.")
    for diagnosis in diagnose_misses(results):
        print("  · " + diagnosis)
    print(f"(run took {results['duration_s']:.0f} s)")

    os.makedirs(os.path.dirname(RESULTS_PATH), exist_ok=True)
    with open(RESULTS_PATH, "w") as results_file:
        json.dump(rounded(results), results_file, indent=1)
        results_file.write("\n")
    print(f"wrote {relative(RESULTS_PATH)}")
    if arguments.write_doc:
        write_session_section(results, results["command"])


if __name__ == "__main__":
    main()
