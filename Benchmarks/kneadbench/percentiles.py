"""The two summaries every benchmark reports: the median and a nearest-rank percentile."""

import statistics


def median(values):
    """The median of `values`, or None when there are none."""
    return statistics.median(values) if values else None


def percentile(values, fraction):
    """The nearest-rank percentile (`fraction` from 0 to 1) of `values`, or None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * fraction // 1))
    return ordered[int(rank) - 1]
