"""Where the figures were measured: the machine, the tools, and the sources' revision."""

import glob
import importlib.metadata
import os
import platform
import subprocess

from kneadbench.paths import REPOSITORY


def machine_description():
    """The machine the figures come from: CPU, cores, kernel and tool versions."""
    cpu_model = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    cpu_model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        swift_version = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    except (OSError, IndexError):
        swift_version = "unknown"
    try:
        termdown_version = importlib.metadata.version("termdown")
    except importlib.metadata.PackageNotFoundError:
        termdown_version = "unknown"
    return {
        "cpu": cpu_model,
        "nproc": os.cpu_count(),
        "kernel": platform.release(),
        "swift": swift_version,
        "python": platform.python_version(),
        "termdown": termdown_version,
    }


def foundation_imports():
    """Each Swift source of knead that imports a Foundation module, with the modules it imports."""
    imports = {}
    for path in sorted(glob.glob(os.path.join(REPOSITORY, "Sources", "**", "*.swift"), recursive=True)):
        with open(path, encoding="utf-8", errors="replace") as source:
            modules = [line.split()[1] for line in source if line.startswith("import Foundation")]
        if modules:
            imports[os.path.relpath(path, REPOSITORY)] = modules
    return imports


def source_revision():
    """The commit the sources are at and whether they had changes not yet committed."""
    def git(*arguments):
        """Output of one git command in the repository, or an empty string when it fails."""
        result = subprocess.run(["git", *arguments], cwd=REPOSITORY, capture_output=True, text=True)
        return result.stdout.strip() if result.returncode == 0 else ""
    changed = git("status", "--porcelain", "--", "Sources", "Package.swift")
    return {"commit": git("rev-parse", "--short", "HEAD") or "none", "uncommitted_source_changes": bool(changed)}


def machine_line(results):
    """The figures page's closing line of a run: the machine, the commit, and the load
    average at its start and end (`results` holds "machine", "commit" and "load_average")."""
    machine = results["machine"]
    return (
        f"Machine: {machine['cpu']}, `nproc` = {machine['nproc']}, Linux {machine['kernel']}, {machine['swift']};"
        f" knead built from commit {results['commit']}. 1-minute load average {results['load_average'][0]:.2f} when the"
        f" run began, {results['load_average'][1]:.2f} when it ended (other work on the shared machine lengthens the times)."
    )
