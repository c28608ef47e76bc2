"""The summary of a run and its table against knead's targets, for the console and the page."""

import os

from kneadbench.percentiles import median, percentile
from kneadbench.processes import CLOCK_TICKS
from kneadbench.session_memory import PEAK_MEMORY_TARGET_MB


def summarize(sessions, startups):
    """Combines the rounds of one program: totals over all windows, medians, p90 and maxima."""
    window = sum(session["window_s"] for session in sessions)
    pauses = [latency for session in sessions for latency in session["pause_ms"]]
    resumes = [latency for session in sessions for latency in session["resume_ms"]]
    def startup_median(key):
        """The median of one start-up figure over the runs that produced it."""
        return median([startup[key] for startup in startups if startup[key] is not None])

    return {
        "cpu_percent": sum(session["cpu_ns"] for session in sessions) / 1e9 / window * 100,
        "cpu_stat_percent": sum(session["cpu_ticks"] for session in sessions) / CLOCK_TICKS / window * 100,
        "wakeups_per_s": sum(session["switches"] for session in sessions) / window,
        "bytes_per_s": sum(session["bytes"] for session in sessions) / window,
        "pause_median_ms": median(pauses),
        "pause_p90_ms": percentile(pauses, 0.9),
        "resume_median_ms": median(resumes),
        "resume_p90_ms": percentile(resumes, 0.9),
        "pause_samples": len(pauses),
        "startup_median_ms": startup_median("first_screen_ms"),
        "startup_first_output_median_ms": startup_median("first_output_ms"),
        "startup_settled_median_ms": startup_median("settled_ms"),
        "startup_samples": sum(1 for startup in startups if startup["first_screen_ms"] is not None),
        "voluntary_per_s": sum(session["voluntary"] for session in sessions) / window,
        "involuntary_per_s": sum(session["involuntary"] for session in sessions) / window,
        "write_calls_per_s": (sum(session["write_calls"] for session in sessions) / window
                              if all(session["write_calls"] is not None for session in sessions) else None),
        "cpu_us_per_wakeup": (sum(session["cpu_ns"] for session in sessions) / 1e3
                              / max(1, sum(session["voluntary"] for session in sessions))),
        "peak_memory_mb": max(session["vm_hwm_kb"] for session in sessions) * 1024 / 1e6,
        "window_total_s": window,
    }


def rounded(value):
    """`value` with every float inside it rounded to 3 decimals, to keep the JSON small."""
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {key: rounded(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [rounded(item) for item in value]
    return value


def format_number(value, digits=1):
    """A figure for the table, or an em dash when there is none."""
    if value is None:
        return "—"
    return f"{value:.{digits}f}"


def table_rows(results):
    """The rows of the table: (metric, knead, termdown, target, pass or fail)."""
    knead = results["summary"].get("knead")
    termdown = results["summary"].get("termdown")
    accuracy = results.get("knead_accuracy")
    termdown_accuracy = results.get("termdown_accuracy")

    def value(summary, key):
        """One figure of a summary, or None when that program was not measured."""
        return summary.get(key) if summary else None

    def verdict(measured, passes):
        """PASS or FAIL for knead's figure, or a dash when it was not measured."""
        if measured is None or passes is None:
            return "—"
        return "PASS" if passes(measured) else "FAIL"

    worst_step = max(accuracy["step_end_late_ms"], key=abs) if accuracy else None
    routine_end = accuracy["routine_end_late_ms"] if accuracy else None
    termdown_end = termdown_accuracy["end_late_ms"] if termdown_accuracy else None
    termdown_cpu = value(termdown, "cpu_percent")
    cpu_target, cpu_limit = ("≤ termdown's ÷ 10", termdown_cpu / 10) if termdown_cpu else ("< 0.05", 0.05)
    rows = [
        ("CPU while counting down, % of one core", value(knead, "cpu_percent"), termdown_cpu, 3,
         cpu_target, lambda x: x <= cpu_limit),
        ("  same, from /proc/PID/stat ticks (10 ms resolution, for reference)", value(knead, "cpu_stat_percent"),
         value(termdown, "cpu_stat_percent"), 3, "—", None),
        ("Wake-ups per second (context switches)", value(knead, "wakeups_per_s"), value(termdown, "wakeups_per_s"), 2,
         "≤ 2", lambda x: x <= 2),
        ("  of them the program's own (voluntary: back to sleep)", value(knead, "voluntary_per_s"),
         value(termdown, "voluntary_per_s"), 2, "about 1 (≤ 1.1)", lambda x: x <= 1.1),
        ("Bytes written per second while counting down", value(knead, "bytes_per_s"), value(termdown, "bytes_per_s"), 1,
         "< 200", lambda x: x < 200),
        ("Pause key → screen, median (ms)", value(knead, "pause_median_ms"), value(termdown, "pause_median_ms"), 2,
         "< 1", lambda x: x < 1),
        ("Pause key → screen, p90 (ms)", value(knead, "pause_p90_ms"), value(termdown, "pause_p90_ms"), 2,
         "< 5", lambda x: x < 5),
        ("Start-up to first full screen, median (ms)", value(knead, "startup_median_ms"), value(termdown, "startup_median_ms"), 1,
         "< 15", lambda x: x < 15),
        ("Peak memory, VmHWM (MB)", value(knead, "peak_memory_mb"), value(termdown, "peak_memory_mb"), 1,
         f"≤ {PEAK_MEMORY_TARGET_MB}", lambda x: x <= PEAK_MEMORY_TARGET_MB),
        ("A step's end vs its deadline, worst (ms late)", worst_step, None, 1, "≤ 10", lambda x: abs(x) <= 10),
        ("End of routine / of `termdown 60` vs deadline (ms late)", routine_end, termdown_end, 1,
         "≤ 10, no drift", lambda x: abs(x) <= 10),
    ]
    return [
        (metric, format_number(knead_value, digits), format_number(termdown_value, digits), target, verdict(knead_value, passes))
        for metric, knead_value, termdown_value, digits, target, passes in rows
    ]


def render_table(rows, markdown):
    """The table as Markdown, or as aligned plain text for the console."""
    header = ("metric", "knead", "termdown", "target (knead)", "knead")
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|---|---:|---:|---|---|"]
        lines += ["| " + " | ".join(cells) + " |" for cells in rows]
        return "\n".join(lines)
    widths = [max(len(str(cells[index])) for cells in [header] + rows) for index in range(len(header))]
    return "\n".join(
        "  ".join(str(cell).ljust(width) if index == 0 else str(cell).rjust(width) for index, (cell, width) in enumerate(zip(cells, widths)))
        for cells in [header] + rows
    )


def describe_misses(results):
    """One sentence per missed target, with the figures, for the console and the document."""
    misses = [row for row in table_rows(results) if row[4] == "FAIL"]
    return [f"{metric.strip()}: knead {knead} against a target of {target}" for metric, knead, _, target, _ in misses]


def diagnose_misses(results):
    """Facts from the run that bear on each target knead missed, one line per missed target."""
    knead = results["summary"].get("knead") or {}
    sessions = results["sessions"].get("knead") or []
    load = f"{results['load_average_start'][0]:.1f} at the start and {results['load_average_end'][0]:.1f} at the end"
    facts = {
        "CPU": (
            f"knead spent {format_number(knead.get('cpu_us_per_wakeup'), 0)} µs on a CPU per voluntary wake-up"
            f" ({format_number(knead.get('voluntary_per_s'), 2)} a second) and made"
            f" {format_number(knead.get('write_calls_per_s'), 1)} write() calls a second; the machine's 1-minute"
            f" load average was {load} of the run."
        ),
        "Wake-ups": (
            f"{format_number(knead.get('voluntary_per_s'), 2)} voluntary (knead going back to sleep in poll) and"
            f" {format_number(knead.get('involuntary_per_s'), 2)} involuntary (knead preempted by another process)"
            f" context switches a second; the 1-minute load average was {load} of the run."
        ),
        "Bytes": (
            f"{format_number(knead.get('bytes_per_s', 0) / max(knead.get('voluntary_per_s') or 1, 1e-9), 0)} bytes"
            " per wake-up on average."
        ),
    }
    if sessions:
        last = sessions[-1]
        mappings = ", ".join(f"{os.path.basename(path)} {kb / 1000:.1f}" for path, kb in last.get("largest_mappings_kb", []))
        facts["Peak memory"] = (
            f"at the end of the last session {last['rss_anon_kb'] * 1024 / 1e6:.1f} MB of knead's resident memory was"
            f" anonymous (heap, stacks) and {last['rss_file_kb'] * 1024 / 1e6:.1f} MB file-backed: pages of the binary"
            f" and the shared libraries it loads. The largest, in MB: {mappings}."
        )
    lines = []
    used = set()
    for metric, _, _, _, verdict in table_rows(results):
        key = "CPU" if metric.strip().startswith("same") else next((key for key in facts if metric.startswith(key)), None)
        if verdict == "FAIL" and key and key not in used:
            used.add(key)
            lines.append(f"{metric.strip()}: {facts[key]}")
    return lines
