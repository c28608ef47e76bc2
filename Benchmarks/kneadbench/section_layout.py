"""The release build's code layout: the patterns that take knead's own modules whole, the
functions a binary defines, and how closely a set of them is packed."""

import fnmatch
import subprocess

#: Sections taken whole and placed first, in this order: every function whose mangled name
#: mentions one of knead's modules (`KneadCore`, `KneadUI`… and the executable's `knead`),
#: generic specialisations on knead's types included, then the argument parser's. They name
#: modules only, so no rename or move inside knead changes what they take.
MODULE_PATTERNS = (
    ".text.$s*Knead*",
    ".text.$s*5knead*",
    ".text.$s*14ArgumentParser*",
)


def matches_a_pattern(name, patterns):
    """Whether the section of the function `name` matches one of the linker's `patterns`."""
    section = f".text.{name}"
    return any(fnmatch.fnmatchcase(section, pattern) for pattern in patterns)


def function_extents(binary):
    """Every function `binary` defines, as name → (address, size in bytes), from its symbol table."""
    symbols = subprocess.run(["nm", "-S", binary], capture_output=True, text=True, check=True).stdout
    extents = {}
    for fields in map(str.split, symbols.splitlines()):
        if len(fields) == 4 and fields[2] in "tTwW":
            extents[fields[3]] = (int(fields[0], 16), int(fields[1], 16))
    return extents


def defined_functions(binary):
    """The names of the functions `binary` defines."""
    return set(function_extents(binary))


def densest_window_share(extents, window):
    """The largest share of the bytes of `extents` ((address, size) pairs) that lies within any
    `window` bytes of addresses; 1 when they are packed within it."""
    placed = sorted(extents)
    total = sum(size for _, size in placed)
    if total == 0:
        return 0.0
    best, start, in_window = 0, 0, 0
    for address, size in placed:
        in_window += size
        while placed[start][0] < address - window:
            in_window -= placed[start][1]
            start += 1
        best = max(best, in_window)
    return best / total


def read_layout_file(path):
    """The patterns and the exact function names of an ordering file, comments left out."""
    patterns, names = [], []
    with open(path) as listing:
        for line in listing:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if any(character in line for character in "*?["):
                patterns.append(line)
            else:
                names.append(line.removeprefix(".text."))
    return patterns, names
