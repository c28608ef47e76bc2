"""Whole commands timed from the outside, as a person waits for them."""

import resource
import subprocess
import sys
import time


def timed_run(argv, environment):
    """Runs `argv` once; returns its wall time and its CPU time (user and system) in
    milliseconds, and what it printed. Exits when it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(argv, env=environment, capture_output=True, text=True)
    wall = (time.perf_counter() - started) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed: {result.stderr}")
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
    return wall, cpu, result.stdout


def timed_runs(argv, environment, count):
    """Runs `argv` `count` times; returns each wall time in milliseconds and the last output."""
    times = []
    output = ""
    for _ in range(count):
        wall, _, output = timed_run(argv, environment)
        times.append(wall)
    return times, output


def timed_in_turns(commands, environment, rounds):
    """Runs each of `commands` (a name for each argv) once a round, one after the other, for
    `rounds` rounds, so that a machine whose speed drifts slows them alike. Returns, by name,
    the wall and CPU times in milliseconds (`wall`, `cpu`, one a round) and the last `output`."""
    timings = {name: {"wall": [], "cpu": [], "output": ""} for name in commands}
    for _ in range(rounds):
        for name, argv in commands.items():
            wall, cpu, output = timed_run(argv, environment)
            timings[name]["wall"].append(wall)
            timings[name]["cpu"].append(cpu)
            timings[name]["output"] = output
    return timings
