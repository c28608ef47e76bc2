#!/usr/bin/env python3
"""Measures what the journal costs knead, with a journal of 100,000 sessions.

Run from the repository root:

    python3 Benchmarks/journal_bench.py               # about a minute and a half
    python3 Benchmarks/journal_bench.py --write-doc   # then rewrite its section of docs/performance-figures.md

It builds knead and the `journal-benchmark` helper (Benchmarks/JournalBenchmark) in release
mode, as the README installs knead, into .build-bench; writes a journal of 100,000 sessions
through knead's own recorder into a temporary folder; then measures, against knead's targets:
the start-up to the first full screen with that journal, `knead history` (the last 20),
`knead report`, the peak memory of a running session, and the cost of the write made as each
step starts. Nothing touches the real home folders: every run gets its own XDG folders.
"""

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kneadbench.builds import release_build  # noqa: E402
from kneadbench.commands import timed_runs  # noqa: E402
from kneadbench.figures_page import replace_section  # noqa: E402
from kneadbench.knead_program import child_environment  # noqa: E402
from kneadbench.machine import machine_description, machine_line, source_revision  # noqa: E402
from kneadbench.measurements import measure_startup  # noqa: E402
from kneadbench.paths import RESULTS_FOLDER  # noqa: E402
from kneadbench.percentiles import median, percentile  # noqa: E402
from kneadbench.processes import load_average  # noqa: E402
from kneadbench.program_under_test import ProgramUnderTest  # noqa: E402
from kneadbench.session_memory import PEAK_MEMORY_TARGET_MB, peak_memory_of_a_session  # noqa: E402

RESULTS_PATH = os.path.join(RESULTS_FOLDER, "journal-latest.json")
#: The benchmark that owns its section of the figures page.
OWNER = "Benchmarks/journal_bench.py"
SESSIONS = 100_000

TARGETS = {
    "startup_routine_ms": 15.0,
    "history_ms": 50.0,
    "report_ms": 300.0,
    "peak_memory_mb": PEAK_MEMORY_TARGET_MB,
    "step_write_p90_ms": 2.0,
}


class KneadWithJournal(ProgramUnderTest):
    """knead at a routine's safety check (or at the picker), with a given journal."""

    name = "knead"

    def __init__(self, executable, environment, journal, routine="collar"):
        super().__init__(executable, environment)
        self.journal = journal
        self.routine = routine

    def session_argv(self):
        routine = [self.routine] if self.routine else []
        return [self.executable] + routine + ["--journal", self.journal]

    def is_first_screen(self, screen):
        text = screen.text()
        if self.routine:
            return "Collar zone, step by step" in text and "begin" in text
        return "choose a routine" in text and "q: quit" in text

    def quit(self, program):
        program.send(b"q")


def measure(knead, helper, startups):
    """Every figure, with a fresh journal of SESSIONS sessions in a temporary folder."""
    folder = tempfile.mkdtemp(prefix="knead-journal-bench-")
    try:
        environment = child_environment(os.path.join(folder, "config"))
        environment.update(HOME=folder, XDG_DATA_HOME=os.path.join(folder, "data"), XDG_STATE_HOME=os.path.join(folder, "state"))
        big = os.path.join(folder, "big.sqlite3")
        empty = os.path.join(folder, "empty.sqlite3")
        print(f"generating a journal of {SESSIONS:,} sessions", flush=True)
        generated = json.loads(subprocess.run([helper, "generate", big, str(SESSIONS)], capture_output=True, text=True, check=True).stdout)
        size_mb = os.path.getsize(big) / 1e6

        results = {"sessions": SESSIONS, "generate_seconds": generated["seconds"], "journal_mb": size_mb}
        print("start-ups", flush=True)
        for key, journal, routine in [("startup_routine", big, "collar"), ("startup_picker", big, None),
                                      ("startup_routine_empty", empty, "collar")]:
            measured = [measure_startup(KneadWithJournal(knead, environment, journal, routine))["first_screen_ms"]
                        for _ in range(startups)]
            measured = [value for value in measured if value is not None]
            results[key + "_ms"] = median(measured)
            results[key + "_p90_ms"] = percentile(measured, 0.9)

        print("history and report", flush=True)
        history, table = timed_runs([knead, "history", "--journal", big], environment, 15)
        results["history_ms"] = median(history)
        results["history_max_ms"] = max(history)
        results["history_rows"] = len(table.splitlines()) - 2
        export, _ = timed_runs([knead, "history", "--json", "--journal", big], environment, 3)
        results["history_json_all_ms"] = median(export)
        report, _ = timed_runs([knead, "report", "--journal", big], environment, 7)
        results["report_ms"] = median(report)
        results["report_max_ms"] = max(report)

        print("peak memory", flush=True)
        results["peak_memory_mb"], results["resident_mb"] = peak_memory_of_a_session(knead, environment, big)
        results["peak_memory_empty_mb"], _ = peak_memory_of_a_session(knead, environment, empty)

        print("per-step writes", flush=True)
        writes = json.loads(subprocess.run([helper, "step-writes", big, "3000"], capture_output=True, text=True, check=True).stdout)
        results.update({
            "step_write_p50_ms": writes["p50_ms"], "step_write_p90_ms": writes["p90_ms"],
            "step_write_p99_ms": writes["p99_ms"], "step_write_max_ms": writes["max_ms"],
            "step_writes": writes["writes"], "session_start_write_ms": writes["session_start_median_ms"],
        })
        return results
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def rows(results):
    """The table: metric, measured, target, verdict."""
    def verdict(key):
        value = results.get(key)
        return "—" if value is None else ("PASS" if value <= TARGETS[key] else "MISS")

    def number(key, digits=1):
        value = results.get(key)
        return "—" if value is None else f"{value:.{digits}f}"

    return [
        ("Start-up to the first full screen, `knead collar`, median (ms)", number("startup_routine_ms"), "≤ 15", verdict("startup_routine_ms")),
        ("  same, p90 (ms)", number("startup_routine_p90_ms"), "—", "—"),
        ("  same, the picker (`knead`, every routine's standing), median (ms)", number("startup_picker_ms"), "—", "—"),
        ("  same, `knead collar` with an empty journal, median (ms)", number("startup_routine_empty_ms"), "—", "—"),
        ("`knead history` (the last 20), median (ms)", number("history_ms"), "≤ 50", verdict("history_ms")),
        ("`knead report` (all 100,000), median (ms)", number("report_ms"), "≤ 300", verdict("report_ms")),
        ("Peak memory of a session, VmHWM (MB)", number("peak_memory_mb"), f"≤ {PEAK_MEMORY_TARGET_MB}", verdict("peak_memory_mb")),
        ("  same, with an empty journal (MB)", number("peak_memory_empty_mb"), "—", "—"),
        ("Per-step write while a session runs, p90 (ms)", number("step_write_p90_ms", 3), "≤ 2", verdict("step_write_p90_ms")),
        ("  same, p50 / p99 / max (ms)",
         f"{number('step_write_p50_ms', 3)} / {number('step_write_p99_ms', 3)} / {number('step_write_max_ms', 2)}", "—", "—"),
    ]


def section(results):
    """The journal's section of the figures page: the table, the run's own figures, the machine."""
    lines = [
        f"## The journal ({results['date']})",
        "",
        f"`python3 Benchmarks/journal_bench.py --write-doc`, with a journal of {results['sessions']:,} sessions"
        f" ({results['journal_mb']:.1f} MB, written by knead's own recorder in {results['generate_seconds']:.1f} s);"
        " every figure is in `Benchmarks/results/journal-latest.json`.",
        "",
        "| metric | knead | target | |",
        "|---|---:|---|---|",
    ]
    lines += [f"| {name} | {value} | {target} | {verdict} |" for name, value, target, verdict in rows(results)]
    lines += [
        "",
        f"- `history --json` of all {results['sessions']:,} sessions took {results['history_json_all_ms']:.0f} ms.",
        f"- The per-step write is timed over {results['step_writes']:,} calls; a session's first write (the"
        f" `INSERT` of its row) took {results['session_start_write_ms']:.3f} ms (median).",
        "- Where the peak memory goes: of the session's resident memory, knead's own"
        f" file holds {results['resident_mb']['knead']:.1f} MB, libsqlite3 {results['resident_mb']['sqlite']:.1f} MB,"
        f" the heap {results['resident_mb']['heap']:.1f} MB and the other libraries and the stack"
        f" {results['resident_mb']['other']:.1f} MB.",
        "",
        machine_line(results),
    ]
    return "\n".join(lines)


def main():
    """Runs every measurement (or, with --doc-only, reads the last run's), prints the table and,
    when asked, rewrites the journal's section of the figures page."""
    parser = argparse.ArgumentParser(description="Measure the journal's cost with 100,000 sessions.")
    parser.add_argument("--write-doc", action="store_true", help="rewrite the journal's section of docs/performance-figures.md")
    parser.add_argument("--doc-only", action="store_true",
                        help="rewrite that section from Benchmarks/results/journal-latest.json without running anything")
    parser.add_argument("--startups", type=int, default=9, help="start-ups measured per case (default 9)")
    arguments = parser.parse_args()
    if arguments.doc_only:
        with open(RESULTS_PATH) as file:
            results = json.load(file)
        replace_section(OWNER, section(results))
        return
    knead = release_build("knead")
    helper = release_build("journal-benchmark")
    machine = machine_description()
    load_before = load_average()
    results = measure(knead, helper, arguments.startups)
    results["load_average"] = [load_before, load_average()]
    results["date"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    results["commit"] = source_revision()["commit"]
    results["machine"] = machine
    os.makedirs(os.path.dirname(RESULTS_PATH), exist_ok=True)
    with open(RESULTS_PATH, "w") as file:
        json.dump(results, file, indent=2)
    width = max(len(name) for name, _, _, _ in rows(results))
    for name, value, target, verdict in rows(results):
        print(f"{name:<{width}}  {value:>22}  {target:>6}  {verdict}")
    if arguments.write_doc:
        replace_section(OWNER, section(results))


if __name__ == "__main__":
    main()
