"""The measurements of a countdown session: start-up, a measured window with pauses, and how
close to their deadlines the steps end."""

import os
import time

from kneadbench.clock import now
from kneadbench.knead_program import (KNEAD_AFTER_QUESTION, KNEAD_FINISHED_TEXT, STEPS_ROUTINE_TITLE,
                                      begin_knead_session)
from kneadbench.processes import CLOCK_TICKS, largest_file_mappings, process_name, read_process_counters
from kneadbench.pty_harness import PtyProgram


def measure_startup(program_under_test, timeout=5.0):
    """Starts the program once and times its first screen, in milliseconds from the spawn.

    Returns `first_screen_ms` (the chunk that completes the first-screen marker),
    `first_output_ms` (the first byte of output) and `settled_ms` (the last chunk of the first
    burst of output, before 50 ms of quiet), each None when it never came.
    """
    program = PtyProgram(program_under_test.session_argv(), program_under_test.environment)
    program.start()
    try:
        shown_at = program.wait_for(program_under_test.is_first_screen, timeout)
        if shown_at is None:
            return {"first_screen_ms": None, "first_output_ms": None, "settled_ms": None}
        time.sleep(0.3)
        chunk_times = program.chunk_times()
        settled_at = shown_at
        for read_at in chunk_times:
            if read_at >= shown_at and read_at - settled_at < 0.05:
                settled_at = read_at
        return {
            "first_screen_ms": (shown_at - program.spawned_at) * 1000,
            "first_output_ms": (chunk_times[0] - program.spawned_at) * 1000,
            "settled_ms": (settled_at - program.spawned_at) * 1000,
        }
    finally:
        program_under_test.quit(program)
        program.wait_for_exit(1.0)
        program.stop()


def measure_session(program_under_test, window_seconds, pause_pairs, settle_seconds, rng):
    """Runs one countdown session and measures it.

    After the countdown has run for `settle_seconds`, takes the CPU time, context switches and
    bytes written over `window_seconds`; then presses the pause key `pause_pairs` times to pause
    and again to resume, timing each until the screen shows it; then reads VmHWM and quits.
    """
    program = PtyProgram(program_under_test.session_argv(), program_under_test.environment)
    program.start()
    result = {"pid": program.pid}
    try:
        if program.wait_for(program_under_test.is_first_screen, 5.0) is None:
            raise RuntimeError(f"{program_under_test.name}: no first screen; screen was:\n{program.screen_text()}")
        if not program_under_test.begin(program, 5.0):
            raise RuntimeError(f"{program_under_test.name}: the countdown did not start; screen was:\n{program.screen_text()}")
        result["process"] = process_name(program.pid)
        time.sleep(settle_seconds)

        before = read_process_counters(program.pid)
        time.sleep(window_seconds)
        after = read_process_counters(program.pid)
        elapsed = after["at"] - before["at"]
        result.update(
            window_s=elapsed,
            cpu_percent=(after["cpu_ns"] - before["cpu_ns"]) / 1e9 / elapsed * 100,
            cpu_ns=after["cpu_ns"] - before["cpu_ns"],
            cpu_ticks=after["cpu_ticks"] - before["cpu_ticks"],
            switches=after["switches"] - before["switches"],
            voluntary=after["voluntary"] - before["voluntary"],
            involuntary=after["involuntary"] - before["involuntary"],
            write_calls=(after["write_calls"] - before["write_calls"]) if after["write_calls"] is not None else None,
            threads=after["threads"],
            bytes=program.bytes_between(before["at"], after["at"]),
        )
        result["cpu_stat_percent"] = result["cpu_ticks"] / CLOCK_TICKS / elapsed * 100
        result["wakeups_per_s"] = result["switches"] / elapsed
        result["bytes_per_s"] = result["bytes"] / elapsed

        pause_ms, resume_ms = [], []
        for _ in range(pause_pairs):
            for condition, latencies in ((program_under_test.is_paused, pause_ms), (program_under_test.is_running, resume_ms)):
                time.sleep(rng.uniform(0.1, 0.3))  # land at a random point of the program's cycle
                program.expect(condition)
                sent_at = program.send(b" ")
                shown_at = program.wait(2.0)
                if shown_at is None:
                    raise RuntimeError(f"{program_under_test.name}: the pause key was not shown; screen was:\n{program.screen_text()}")
                latencies.append((shown_at - sent_at) * 1000)
        result["pause_ms"] = pause_ms
        result["resume_ms"] = resume_ms
        final = read_process_counters(program.pid)
        result.update(vm_hwm_kb=final["vm_hwm_kb"], rss_anon_kb=final["rss_anon_kb"], rss_file_kb=final["rss_file_kb"])
        result["largest_mappings_kb"] = largest_file_mappings(program.pid)
        program_under_test.quit(program)
        status = program.wait_for_exit(3.0)
        result["exit_status"] = os.waitstatus_to_exitcode(status) if status is not None else None
        return result
    finally:
        program.stop()


def measure_knead_accuracy(knead, routine_path, step_seconds):
    """Runs a routine of timed steps at time scale 1 and times each step change on the screen.

    The session starts when the key that answers the pain question (`s`, skip) is written; step
    k's end is due `sum(step_seconds[:k])` later, and is taken as the moment "step k+1 of N" (or,
    for the last step, the pain question after the session) is drawn.
    Returns the lateness of every step end in milliseconds.
    """
    program = PtyProgram([knead.executable, "run", routine_path], knead.environment)
    program.start()
    count = len(step_seconds)
    try:
        if program.wait_for(lambda screen: STEPS_ROUTINE_TITLE in screen.text(), 5.0) is None:
            raise RuntimeError(f"knead: no safety check; screen was:\n{program.screen_text()}")
        begun = begin_knead_session(program, f"step 1 of {count}", 5.0)
        if begun is None:
            raise RuntimeError(f"knead: the session did not start; screen was:\n{program.screen_text()}")
        started_at, first_drawn_at = begun
        lateness_ms = []
        due = 0.0
        for number, seconds in enumerate(step_seconds, start=1):
            due += seconds
            marker = f"step {number + 1} of {count}" if number < count else KNEAD_AFTER_QUESTION
            shown_at = program.wait_for(lambda screen, marker=marker: marker in screen.text(), seconds + 10)
            if shown_at is None:
                raise RuntimeError(f"knead: step {number} never ended; screen was:\n{program.screen_text()}")
            lateness_ms.append((shown_at - started_at - due) * 1000)
        program.send(b"s")
        if program.wait_for(lambda screen: KNEAD_FINISHED_TEXT in screen.text(), 2.0) is not None:
            program.send(b"x")
        program.wait_for_exit(2.0)
        return {
            "step_seconds": step_seconds,
            "time_scale": 1,
            "session_drawn_after_enter_ms": (first_drawn_at - started_at) * 1000,
            "step_end_late_ms": lateness_ms,
            "routine_end_late_ms": lateness_ms[-1],
            "drift_ms": lateness_ms[-1] - lateness_ms[0],
        }
    finally:
        program.stop()


def measure_termdown_accuracy(termdown, seconds):
    """Runs `termdown SECONDS` and times its end (its process exit) against the spawn time."""
    program = PtyProgram([termdown.executable, str(seconds)], termdown.environment)
    program.start()
    try:
        first_drawn_at = program.wait_for(termdown.is_first_screen, 5.0)
        deadline = now() + seconds + 15
        while program.eof_at is None and now() < deadline:
            time.sleep(0.05)
        if program.eof_at is None:
            raise RuntimeError("termdown did not end")
        return {
            "countdown_s": seconds,
            "end_late_ms": (program.eof_at - program.spawned_at - seconds) * 1000,
            "end_late_after_first_screen_ms": (program.eof_at - first_drawn_at - seconds) * 1000 if first_drawn_at else None,
        }
    finally:
        program.stop()
