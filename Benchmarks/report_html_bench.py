#!/usr/bin/env python3
"""Times `knead report --html` on a journal of 100,000 sessions against its target of 300 ms.

Run from the repository root:

    python3 Benchmarks/report_html_bench.py               # a few minutes, most of it the release build
    python3 Benchmarks/report_html_bench.py --write-doc   # then rewrite its section of docs/performance-figures.md

It builds knead and `journal-benchmark` in release mode as an install does (into .build-bench),
writes the journal with `journal-benchmark generate PATH 100000` into a temporary folder, and
runs `knead report --html -` on it several times, with the plain-text report beside it for
comparison. Nothing touches the real home folders: the runs get their own XDG folders.
"""

import argparse
import datetime
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kneadbench.builds import release_build  # noqa: E402
from kneadbench.commands import timed_runs  # noqa: E402
from kneadbench.figures_page import replace_section  # noqa: E402
from kneadbench.machine import machine_description, source_revision  # noqa: E402
from kneadbench.percentiles import median  # noqa: E402

#: The benchmark that owns its section of the figures page.
OWNER = "Benchmarks/report_html_bench.py"
SESSIONS = 100_000
TARGET_MS = 300.0


def measure(knead, helper, runs):
    """The median and slowest of `runs` runs of the page and of the text report, in milliseconds."""
    with tempfile.TemporaryDirectory(prefix="knead-report-bench-") as folder:
        environment = {
            "PATH": "/usr/bin:/bin", "HOME": folder, "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": os.path.join(folder, "config"), "XDG_DATA_HOME": os.path.join(folder, "data"),
            "XDG_STATE_HOME": os.path.join(folder, "state"), "XDG_CACHE_HOME": os.path.join(folder, "cache"),
        }
        journal = os.path.join(folder, "journal.sqlite3")
        subprocess.run([helper, "generate", journal, str(SESSIONS)], env=environment, check=True, capture_output=True)
        page_times, page = timed_runs([knead, "report", "--html", "-", "--journal", journal], environment, runs)
        text_times, _ = timed_runs([knead, "report", "--journal", journal], environment, runs)
    return {
        "page_ms": median(page_times), "page_max_ms": max(page_times), "page_kb": len(page.encode()) / 1000,
        "charts": page.count("<figure class=\"chart\">"), "text_ms": median(text_times),
    }


def section(results, command):
    """This benchmark's section of the figures page, for the run in `results` made with `command`."""
    verdict = "within" if results["page_max_ms"] <= TARGET_MS else "OVER"
    return "\n".join([
        "## The printable report (`knead report --html`)",
        "",
        f"Measured {results['date']} on {results['machine']}, commit {results['commit']}, with `{command}`.",
        f"On a journal of {SESSIONS:,} sessions (`journal-benchmark generate`, eight routines over 23 years),",
        f"the page takes **{results['page_ms']:.0f} ms** (median of {results['runs']}; slowest {results['page_max_ms']:.0f} ms),",
        f"{verdict} the target of {TARGET_MS:.0f} ms; the plain-text report takes {results['text_ms']:.0f} ms.",
        f"The page is {results['page_kb']:.0f} kB with {results['charts']} charts: beyond 150 sessions a chart draws the",
        "average of a run of days, so the page stays the same size however long the journal.",
    ])


def main():
    """Times the page and the text report, prints them and, when asked, writes the section."""
    parser = argparse.ArgumentParser(description="Time knead report --html with 100,000 sessions.")
    parser.add_argument("--write-doc", action="store_true", help="rewrite this benchmark's section of docs/performance-figures.md")
    parser.add_argument("--runs", type=int, default=9, help="runs measured (default 9)")
    arguments = parser.parse_args()
    knead = release_build("knead")
    helper = release_build("journal-benchmark")
    results = measure(knead, helper, arguments.runs)
    results["runs"] = arguments.runs
    results["date"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
    results["commit"] = source_revision()["commit"]
    results["machine"] = "2 cores, " + machine_description().get("cpu", "unknown CPU")
    print(f"page: median {results['page_ms']:.1f} ms, slowest {results['page_max_ms']:.1f} ms (target {TARGET_MS:.0f} ms), "
          f"{results['page_kb']:.0f} kB; text report {results['text_ms']:.1f} ms")
    if arguments.write_doc:
        replace_section(OWNER, section(results, "python3 Benchmarks/report_html_bench.py --write-doc"))
    if results["page_max_ms"] > TARGET_MS:
        sys.exit(f"the page took {results['page_max_ms']:.0f} ms, over {TARGET_MS:.0f} ms")


if __name__ == "__main__":
    main()
