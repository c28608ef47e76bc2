#!/usr/bin/env python3
"""Measures what speaking costs knead: a step's deadline to the speech program's start, and
knead's own CPU, wake-ups and peak memory with the voice on beside the same with it off.

Run from the repository root, with espeak-ng installed (sudo apt-get install espeak-ng):

    python3 Benchmarks/voice_bench.py            # about 3 minutes
    python3 Benchmarks/voice_bench.py --quick    # a short smoke run, rougher figures

It builds knead as `Benchmarks/bench.py` does (or takes --knead PATH) and runs it in an 80×24
pty. For the latency it names as --voice-command a tiny C program (Benchmarks/speech_stamp.c,
compiled with cc) that notes CLOCK_MONOTONIC the moment it starts and then execs espeak-ng with
the sentence, so each sample is the time from a step's deadline to the real speaker's first
instruction: knead's wake-up, its reaction, posix_spawnp and the exec included. The figures go
to Benchmarks/results/voice-latest.json.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kneadbench.builds import build_knead  # noqa: E402
from kneadbench.knead_program import begin_knead_session, child_environment, quit_knead_session, write_routine  # noqa: E402
from kneadbench.machine import machine_description  # noqa: E402
from kneadbench.paths import REPOSITORY, RESULTS_FOLDER  # noqa: E402
from kneadbench.percentiles import median, percentile  # noqa: E402
from kneadbench.processes import load_average, read_process_counters  # noqa: E402
from kneadbench.pty_harness import PtyProgram  # noqa: E402
from kneadbench.session_memory import PEAK_MEMORY_TARGET_MB  # noqa: E402

RESULTS_PATH = os.path.join(RESULTS_FOLDER, "voice-latest.json")
STAMP_SOURCE = os.path.join(REPOSITORY, "Benchmarks", "speech_stamp.c")
IDLE_TITLE = "Voice benchmark: one long step"
STEPS_TITLE = "Voice benchmark: short steps"


def compile_stamp(directory):
    """Compiles the start-stamping wrapper into `directory`, statically linked when the C
    library allows it (no dynamic loading before its stamp); returns its path."""
    output = os.path.join(directory, "speech-stamp")
    if subprocess.run(["cc", "-O2", "-static", "-o", output, STAMP_SOURCE], stderr=subprocess.DEVNULL).returncode != 0:
        subprocess.run(["cc", "-O2", "-o", output, STAMP_SOURCE], check=True)
    return output


def run_session(argv, environment, title, step_count):
    """Starts knead, begins the session (Enter, then `s` on the pain question), and returns
    (program, the time the key that started it was written)."""
    program = PtyProgram(argv, environment)
    program.start()
    if program.wait_for(lambda screen: title in screen.text() and "begin" in screen.text(), 5.0) is None:
        raise RuntimeError(f"no safety check; the screen was:\n{program.screen_text()}")
    begun = begin_knead_session(program, f"step 1 of {step_count}", 5.0)
    if begun is None:
        raise RuntimeError(f"the session did not start; the screen was:\n{program.screen_text()}")
    return program, begun[0]


def quit_session(program):
    """Leaves the session early as the main benchmark does, and waits for knead to end."""
    quit_knead_session(program)
    program.wait_for_exit(3.0)
    program.stop()


def measure_idle(knead, routine, environment, voice, settle_s, window_s):
    """CPU, wake-ups and peak memory of knead over a window of one long step, voice on or off."""
    argv = [knead, "run", routine] + (["--voice"] if voice else ["--voice=off"])
    program, _ = run_session(argv, environment, IDLE_TITLE, 1)
    try:
        time.sleep(settle_s)
        before = read_process_counters(program.pid)
        time.sleep(window_s)
        after = read_process_counters(program.pid)
        elapsed = after["at"] - before["at"]
        return {
            "voice": voice,
            "window_s": elapsed,
            "cpu_percent": (after["cpu_ns"] - before["cpu_ns"]) / 1e9 / elapsed * 100,
            "wakeups_per_s": (after["switches"] - before["switches"]) / elapsed,
            "voluntary_per_s": (after["voluntary"] - before["voluntary"]) / elapsed,
            "vm_hwm_kb": after["vm_hwm_kb"],
        }
    finally:
        quit_session(program)


def measure_latency(knead, stamp, routine, environment, step_s, step_count):
    """Times each step's start against the speech program's start, at time scale 1."""
    with tempfile.NamedTemporaryFile(prefix="knead-stamps-", delete=False) as stamps_file:
        stamps_path = stamps_file.name
    espeak = shutil.which("espeak-ng")
    command = f"{stamp} {espeak} -v en"
    child_environment = dict(environment, KNEAD_BENCH_STAMPS=stamps_path)
    argv = [knead, "run", routine, "--voice", "--voice-command", command]
    program, entered_at = run_session(argv, child_environment, STEPS_TITLE, step_count)
    try:
        # The last step's deadline, and time for its speaker and the summary.
        program.expect(lambda screen: "Session complete" in screen.text())
        program.wait(step_s * step_count + 5)
        memory = read_process_counters(program.pid)["vm_hwm_kb"]
        program.send(b"\r")
        program.wait_for_exit(3.0)
    finally:
        program.stop()
    with open(stamps_path) as stamps:
        started = [int(line) / 1e9 for line in stamps if line.strip()]
    os.unlink(stamps_path)
    # The first sentence answers the key that starts the session; each later one, the previous step's deadline
    # (counted from that key, so its own latency stays in, as an upper bound).
    key_ms = (started[0] - entered_at) * 1000 if started else None
    deadline_ms = [(at - (entered_at + step_s * index)) * 1000 for index, at in enumerate(started) if index > 0]
    return {"key_to_spawn_ms": key_ms, "deadline_to_spawn_ms": deadline_ms, "sentences": len(started),
            "vm_hwm_kb": memory}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--knead", help="a knead binary to measure instead of building one")
    parser.add_argument("--quick", action="store_true", help="one short round: rougher figures, under a minute")
    arguments = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        sys.exit("espeak-ng is not installed: sudo apt-get install espeak-ng")
    knead = arguments.knead or build_knead()
    rounds, settle_s, window_s, step_count = (1, 2.0, 5.0, 6) if arguments.quick else (2, 3.0, 30.0, 31)
    step_s = 1
    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="knead-voice-bench-") as directory:
        stamp = compile_stamp(directory)
        environment = child_environment(os.path.join(directory, "config"))
        idle_routine = write_routine(directory, "idle.json", IDLE_TITLE, [600])
        steps_routine = write_routine(directory, "steps.json", STEPS_TITLE, [step_s] * step_count)
        idle = []
        for round_number in range(rounds):
            for voice in (False, True):
                print(f"round {round_number + 1}: idle countdown, voice {'on' if voice else 'off'}…", flush=True)
                idle.append(measure_idle(knead, idle_routine, environment, voice, settle_s, window_s))
        print(f"{step_count} steps of {step_s} s with espeak-ng…", flush=True)
        latency = measure_latency(knead, stamp, steps_routine, environment, step_s, step_count)

    def mean(key, voice):
        values = [sample[key] for sample in idle if sample["voice"] == voice]
        return sum(values) / len(values)

    load_after = load_average()
    samples = latency["deadline_to_spawn_ms"]
    rows = [
        ("Deadline → speaker started, median (ms)", median(samples), "≤ 5"),
        ("Deadline → speaker started, p90 (ms)", percentile(samples, 0.9), "≤ 5"),
        ("Start key → first sentence's speaker started (ms)", latency["key_to_spawn_ms"], "—"),
        ("CPU while idle, voice off (% of a core)", mean("cpu_percent", False), "—"),
        ("CPU while idle, voice on (% of a core)", mean("cpu_percent", True), "≤ voice off"),
        ("Wake-ups per second, voice off", mean("wakeups_per_s", False), "—"),
        ("Wake-ups per second, voice on", mean("wakeups_per_s", True), "≤ voice off"),
        ("Peak memory, voice off, VmHWM (MB)", max(s["vm_hwm_kb"] for s in idle if not s["voice"]) / 1000, "—"),
        ("Peak memory, voice on, VmHWM (MB)",
         max([latency["vm_hwm_kb"]] + [s["vm_hwm_kb"] for s in idle if s["voice"]]) / 1000, f"≤ {PEAK_MEMORY_TARGET_MB}"),
    ]
    print()
    print("| metric | knead | target |")
    print("|---|---:|---|")
    for name, value, target in rows:
        shown = "—" if value is None else f"{value:.3f}" if value < 1 else f"{value:.2f}"
        print(f"| {name} | {shown} | {target} |")
    print()
    print(f"{len(samples)} deadline samples (ms): " + ", ".join(f"{value:.2f}" for value in samples))
    print(f"idle windows: {rounds} × {window_s:.0f} s per setting, after {settle_s:.0f} s of settling; "
          f"load average {load_before:.2f} at the start, {load_after:.2f} at the end")
    os.makedirs(os.path.dirname(RESULTS_PATH), exist_ok=True)
    with open(RESULTS_PATH, "w") as results:
        json.dump({"idle": idle, "latency": latency, "load_average": [load_before, load_after],
                   "machine": machine_description()}, results, indent=2)


if __name__ == "__main__":
    main()
