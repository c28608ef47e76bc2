#!/usr/bin/env python3
"""Times `knead report --html` on a journal of 100,000 sessions against its target of 300 ms.

Run from the repository root:

    python3 Benchmarks/report_html_bench.py               # a few minutes, most of it the release build
    python3 Benchmarks/report_html_bench.py --write-doc   # then rewrite its section of docs/performance-figures.md
    python3 Benchmarks/report_html_bench.py --versus OTHER_KNEAD   # and another build, in turns with this one

It builds knead and `journal-benchmark` in release mode as an install does (into .build-bench),
writes the journal with `journal-benchmark generate PATH 100000` into a temporary folder, and
runs `knead report --html -` on it several times, with the plain-text report beside it for
comparison. With `--versus`, another knead binary (an earlier commit's release build, say) runs
the same two reports in turns with this one, round by round, so a machine whose speed drifts
slows both alike, and the two pages are compared byte for byte. Nothing touches the real home
folders: the runs get their own XDG folders.
"""

import argparse
import datetime
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kneadbench.builds import release_build  # noqa: E402
from kneadbench.commands import timed_in_turns  # noqa: E402
from kneadbench.figures_page import replace_section  # noqa: E402
from kneadbench.machine import machine_description, source_revision  # noqa: E402
from kneadbench.percentiles import median  # noqa: E402

#: The benchmark that owns its section of the figures page.
OWNER = "Benchmarks/report_html_bench.py"
SESSIONS = 100_000
TARGET_MS = 300.0
#: The day the page says it was made on, fixed so that two builds' pages can be compared.
MADE_ON = "2030-01-01"


def report_commands(knead, journal, prefix=""):
    """The page and the text report of `journal` by `knead`, named with `prefix`."""
    return {
        prefix + "page": [knead, "report", "--html", "-", "--made-on", MADE_ON, "--journal", journal],
        prefix + "text": [knead, "report", "--journal", journal],
    }


def measure(knead, helper, runs, versus=None):
    """The medians and the slowest of `runs` rounds of the page and the text report, in
    milliseconds, and of `versus`'s when given, run in turns with them."""
    with tempfile.TemporaryDirectory(prefix="knead-report-bench-") as folder:
        environment = {
            "PATH": "/usr/bin:/bin", "HOME": folder, "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": os.path.join(folder, "config"), "XDG_DATA_HOME": os.path.join(folder, "data"),
            "XDG_STATE_HOME": os.path.join(folder, "state"), "XDG_CACHE_HOME": os.path.join(folder, "cache"),
        }
        journal = os.path.join(folder, "journal.sqlite3")
        subprocess.run([helper, "generate", journal, str(SESSIONS)], env=environment, check=True, capture_output=True)
        commands = report_commands(knead, journal)
        if versus:
            commands.update(report_commands(versus, journal, prefix="versus "))
        timings = timed_in_turns(commands, environment, runs)
    page = timings["page"]
    results = {
        "page_ms": median(page["wall"]), "page_max_ms": max(page["wall"]), "page_cpu_ms": median(page["cpu"]),
        "page_kb": len(page["output"].encode()) / 1000, "charts": page["output"].count("<figure class=\"chart\">"),
        "text_ms": median(timings["text"]["wall"]), "text_cpu_ms": median(timings["text"]["cpu"]),
    }
    if versus:
        other = timings["versus page"]
        results.update({
            "versus_page_ms": median(other["wall"]), "versus_text_ms": median(timings["versus text"]["wall"]),
            "page_ratio": median([mine / theirs for mine, theirs in zip(page["wall"], other["wall"])]),
            "text_ratio": median([mine / theirs for mine, theirs in zip(timings["text"]["wall"], timings["versus text"]["wall"])]),
            "same_page": page["output"] == other["output"],
        })
    return results


def section(results, command):
    """This benchmark's section of the figures page, for the run in `results` made with `command`."""
    verdict = "within" if results["page_max_ms"] <= TARGET_MS else "OVER"
    lines = [
        "## The printable report (`knead report --html`)",
        "",
        f"Measured {results['date']} on {results['machine']}, commit {results['commit']}, with `{command}`;",
        f"1-minute load average {results['load_start']:.2f} when the run began, {results['load_end']:.2f} when it ended.",
        f"On a journal of {SESSIONS:,} sessions (`journal-benchmark generate`, eight routines over 23 years),",
        f"the page takes **{results['page_ms']:.0f} ms** (median of {results['runs']}; slowest {results['page_max_ms']:.0f} ms;"
        f" {results['page_cpu_ms']:.0f} ms of CPU),",
        f"{verdict} the target of {TARGET_MS:.0f} ms; the plain-text report takes {results['text_ms']:.0f} ms"
        f" ({results['text_cpu_ms']:.0f} ms of CPU).",
        f"The page is {results['page_kb']:.0f} kB with {results['charts']} charts: beyond 150 sessions a chart draws the",
        "average of a run of days, so the page stays the same size however long the journal.",
    ]
    if "versus_page_ms" in results:
        lines += [
            "",
            f"In turns with it, round by round, {results['versus_label']} took {results['versus_page_ms']:.0f} ms for the page",
            f"and {results['versus_text_ms']:.0f} ms for the text (medians); per round this build took {results['page_ratio']:.2f}",
            f"of its time for the page and {results['text_ratio']:.2f} for the text (medians of the ratios).",
            "The two pages are " + ("the same byte for byte." if results["same_page"] else "**not** the same."),
        ]
    return "\n".join(lines)


def main():
    """Times the page and the text report, prints them and, when asked, writes the section."""
    parser = argparse.ArgumentParser(description="Time knead report --html with 100,000 sessions.")
    parser.add_argument("--write-doc", action="store_true", help="rewrite this benchmark's section of docs/performance-figures.md")
    parser.add_argument("--runs", type=int, default=9, help="rounds measured (default 9)")
    parser.add_argument("--versus", metavar="KNEAD", help="another knead binary to time in turns with this one")
    parser.add_argument("--versus-label", metavar="TEXT", help="what the section calls it (default: its path)")
    arguments = parser.parse_args()
    knead = release_build("knead")
    helper = release_build("journal-benchmark")
    load_start = os.getloadavg()[0]
    results = measure(knead, helper, arguments.runs, versus=arguments.versus)
    results.update({
        "runs": arguments.runs, "load_start": load_start, "load_end": os.getloadavg()[0],
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d"),
        "commit": source_revision()["commit"], "machine": "2 cores, " + machine_description().get("cpu", "unknown CPU"),
        "versus_label": arguments.versus_label or f"`{arguments.versus}`",
    })
    print(f"page: median {results['page_ms']:.1f} ms, slowest {results['page_max_ms']:.1f} ms (target {TARGET_MS:.0f} ms), "
          f"CPU {results['page_cpu_ms']:.1f} ms, {results['page_kb']:.0f} kB; text report {results['text_ms']:.1f} ms")
    if arguments.versus:
        print(f"versus {arguments.versus}: page {results['versus_page_ms']:.1f} ms, text {results['versus_text_ms']:.1f} ms; "
              f"ratios {results['page_ratio']:.2f} and {results['text_ratio']:.2f}; same page: {results['same_page']}")
    if arguments.write_doc:
        command = "python3 Benchmarks/report_html_bench.py --write-doc"
        if arguments.versus:
            command += " --versus " + arguments.versus
        replace_section(OWNER, section(results, command))
    if results["page_max_ms"] > TARGET_MS:
        sys.exit(f"the page took {results['page_max_ms']:.0f} ms, over {TARGET_MS:.0f} ms")
    if arguments.versus and not results["same_page"]:
        sys.exit("the two builds' pages differ")


if __name__ == "__main__":
    main()
