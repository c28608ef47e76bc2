"""Paragraphs on the probable cause of each target knead missed, for the figures page."""

import os

from kneadbench.verdicts import table_rows


def explain_misses(results):
    """Paragraphs on the probable cause of each missed target, for the document.

    The CPU and wake-up paragraphs come from a profile and an experiment made by hand (see
    CPU_PROFILE and WAKEUP_EXPERIMENT); the memory one is computed from this run's mappings
    and from the sources.
    """
    missed = {row[0].strip() for row in table_rows(results) if row[4] == "FAIL"}
    paragraphs = []
    if any(metric.startswith(("CPU", "same")) for metric in missed):
        paragraphs.append(CPU_PROFILE)
    if any(metric.startswith("Wake-ups") for metric in missed):
        paragraphs.append(WAKEUP_EXPERIMENT)
    sessions = results["sessions"].get("knead") or []
    if any(metric.startswith("Peak memory") for metric in missed) and sessions:
        last = sessions[-1]
        runtime_libraries = [
            (os.path.basename(path), kb) for path, kb in last.get("largest_mappings_kb", [])
            if "Foundation" in os.path.basename(path)
        ]
        foundation_mb = sum(kb for _, kb in runtime_libraries) * 1024 / 1e6
        importers = results.get("foundation_imports")
        if importers is None:
            imports_text = "The binary was given with --knead, so which sources import Foundation is not known."
        elif importers:
            imports_text = (
                f"When knead was built, {len(importers)} source files imported a Foundation module ("
                + "; ".join(f"`{path}`: {', '.join(modules)}" for path, modules in importers.items()) + ")."
            )
        else:
            imports_text = "When knead was built, no source file imported a Foundation module directly."
        paragraphs.append(
            f"Probable cause of the memory figure: knead's own data is small ({last['rss_anon_kb'] * 1024 / 1e6:.1f} MB"
            " anonymous); the rest is pages of the binary and of the shared libraries it loads, counted in"
            " VmRSS as soon as they are touched (the kernel maps neighbouring pages of a file on each fault). "
            f"Foundation's libraries ({', '.join(name for name, _ in runtime_libraries)}) held"
            f" {foundation_mb:.1f} MB of them. {imports_text} Without Foundation the peak would still"
            " include the Swift runtime (libswiftCore.so, which itself needs libstdc++) and libc."
        )
    return paragraphs


#: What tracing knead's involuntary context switches showed (done by hand).
WAKEUP_EXPERIMENT = (
    "Probable cause of the wake-up figure, from a trace made by hand on 2026-11-24"
    " (`perf record -e sched:sched_switch -a` over six seconds of a session counting down): knead"
    " wakes itself once a second (the voluntary switches above) and sends each frame in one"
    " `write()`; the pty hands those bytes to a kernel worker (`kworker/u…`, the tty layer's flush"
    " work), and that worker, just woken, usually takes the CPU from knead before knead gets back"
    " to `poll()`: knead went to sleep 6 times and was preempted 4 times, every time by that"
    " worker. One frame a second therefore costs about two context switches; only a countdown"
    " that draws less than once a second would go lower. Other work on the machine (see the"
    " load average below) adds to the involuntary count too."
)


#: What a `perf record -g` profile of a running knead session showed (taken by hand).
CPU_PROFILE = (
    "Probable cause of the CPU figure, from a profile taken by hand on 2026-11-24"
    " (`perf record -F 25000 -g -p PID` for 30 s on a knead session counting down, then"
    " `perf report --children`): about 40 % of knead's CPU time is in `AppModel.render`, which"
    " lays out the whole 80×24 `Screen` every second (`VerticalStack`, the big digits, the"
    " styled lines), 15 % in `CursesTerminal.draw` and about 20 % in system calls (`poll`,"
    " `write`); the rest is the kernel switching tasks. Rendering only the parts that change"
    " each second (the countdown, the time left and the bars) is where the time per wake-up"
    " would come down next."
)
