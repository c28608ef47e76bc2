"""The release build the benchmarks measure: the one `./install.sh` makes."""

import subprocess
import sys

from kneadbench.paths import REPOSITORY, SCRATCH_PATH


def release_build(product):
    """Builds `product` as `./install.sh` builds knead (release, Swift runtime and C++ library
    linked in, not position-independent, laid out by Sources/knead/hot-sections.txt) with the
    benchmark's own scratch path; returns the built binary's path."""
    command = ["./install.sh", "--build-only", "--scratch-path", SCRATCH_PATH, "--product", product]
    print("building: " + " ".join(command), flush=True)
    result = subprocess.run(command, cwd=REPOSITORY, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        print(result.stderr[-4000:])
        sys.exit(f"the build of {product} failed (see above)")
    return result.stdout.strip().splitlines()[-1]


def build_knead():
    """Builds knead as `./install.sh` does, into the benchmark's scratch path; returns its path."""
    return release_build("knead")
