"""Whole commands timed from the outside, as a person waits for them."""

import subprocess
import sys
import time


def timed_runs(argv, environment, count):
    """Runs `argv` `count` times; returns each wall time in milliseconds and the last output."""
    times = []
    output = ""
    for _ in range(count):
        started = time.perf_counter()
        result = subprocess.run(argv, env=environment, capture_output=True, text=True)
        times.append((time.perf_counter() - started) * 1000)
        if result.returncode != 0:
            sys.exit(f"{' '.join(argv)} failed: {result.stderr}")
        output = result.stdout
    return times, output
