"""Where the benchmarks find the repository and put what they write."""

import os

#: The repository's root folder.
REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
#: The folder of the JSON files that keep every sample of the latest runs.
RESULTS_FOLDER = os.path.join(REPOSITORY, "Benchmarks", "results")
#: The release builds' own scratch path, kept apart from `swift build`'s `.build`.
SCRATCH_PATH = os.path.join(REPOSITORY, ".build-bench")
#: The generated page of figures; docs/performance.md holds the prose around them.
FIGURES_PAGE_PATH = os.path.join(REPOSITORY, "docs", "performance-figures.md")


def relative(path):
    """`path` as the repository names it, for messages."""
    return os.path.relpath(path, REPOSITORY)
