"""The harness clock."""

import time


def now():
    """CLOCK_MONOTONIC in seconds, with nanosecond resolution."""
    return time.perf_counter()
