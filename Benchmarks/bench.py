#!/usr/bin/env python3
"""Measures what a running knead session costs, beside termdown, in a real pseudo-terminal.

Run from the repository root:

    python3 Benchmarks/bench.py               # full run, about 5 minutes
    python3 Benchmarks/bench.py --quick       # a short smoke run, under a minute
    python3 Benchmarks/bench.py --write-doc   # full run, then rewrite docs/performance.md

It builds knead in release mode with its own scratch path (or takes --knead PATH), installs
termdown with pip when it is missing, and runs both programs one after the other (knead,
termdown, knead, termdown…) in an 80×24 pty with TERM=xterm-256color and LANG=C.UTF-8. For each
it measures CPU, wake-ups, bytes written while counting down, the pause key's latency, start-up
time, peak memory and timing accuracy; it prints a table against knead's targets and writes the
figures to Benchmarks/results/latest.json.
"""

import argparse
import datetime
import fcntl
import glob
import importlib.metadata
import json
import os
import platform
import pty
import random
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from terminal_screen import TerminalScreen  # noqa: E402

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS_PATH = os.path.join(REPOSITORY, "Benchmarks", "results", "latest.json")
DOC_PATH = os.path.join(REPOSITORY, "docs", "performance.md")
# Everything from this line on in docs/performance.md belongs to other benchmarks
# (Benchmarks/journal_bench.py…): --write-doc rewrites the page above it and keeps the rest.
KEPT_SECTIONS_MARKER = "<!-- The sections below come from other benchmarks; bench.py keeps them. -->"
SCRATCH_PATH = os.path.join(REPOSITORY, ".build-bench")
ROWS, COLUMNS = 24, 80
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

LONG_ROUTINE_TITLE = "Benchmark: one long step"
STEPS_ROUTINE_TITLE = "Benchmark: three timed steps"
KNEAD_PAUSED_TEXT = "PAUSED"
KNEAD_FINISHED_TEXT = "Session complete"
KNEAD_AFTER_QUESTION = "And now, after the session?"
TERMDOWN_PAUSED_COLOR = 4  # termdown draws a paused countdown in blue (colour pair 3, COLOR_BLUE)


def now():
    """The harness clock: CLOCK_MONOTONIC in seconds, with nanosecond resolution."""
    return time.perf_counter()


# Statistics.


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


# Reading a process's counters from /proc.


def read_process_counters(pid):
    """CPU time, context switches and peak memory of `pid`, summed over all its threads.

    Returns a dict with `cpu_ns` (time on a CPU from /proc/PID/task/*/schedstat, exact to the
    nanosecond), `cpu_ticks` (utime + stime from /proc/PID/stat, in clock ticks), `switches`
    (voluntary + involuntary context switches from /proc/PID/task/*/status), `threads`,
    `voluntary` and `involuntary` (its two parts), `write_calls` (syscw from /proc/PID/io),
    `vm_hwm_kb`, `rss_anon_kb` and `rss_file_kb` (from /proc/PID/status) and `at`, the harness
    time of the reading.
    """
    with open(f"/proc/{pid}/stat") as stat_file:
        stat_text = stat_file.read()
    fields_after_name = stat_text[stat_text.rfind(")") + 2:].split()
    cpu_ticks = int(fields_after_name[11]) + int(fields_after_name[12])
    cpu_ns = 0
    switches = {"voluntary_ctxt_switches": 0, "nonvoluntary_ctxt_switches": 0}
    threads = 0
    for task in glob.glob(f"/proc/{pid}/task/*"):
        try:
            with open(f"{task}/schedstat") as schedstat_file:
                cpu_ns += int(schedstat_file.read().split()[0])
            with open(f"{task}/status") as status_file:
                for line in status_file:
                    name, _, count = line.partition(":")
                    if name in switches:
                        switches[name] += int(count)
            threads += 1
        except (FileNotFoundError, ProcessLookupError):
            continue  # the thread ended between listing and reading
    memory = {}
    with open(f"/proc/{pid}/status") as status_file:
        for line in status_file:
            name, _, value = line.partition(":")
            if name in ("VmHWM", "RssAnon", "RssFile"):
                memory[name] = int(value.split()[0])
    write_calls = None
    try:
        with open(f"/proc/{pid}/io") as io_file:
            for line in io_file:
                if line.startswith("syscw:"):
                    write_calls = int(line.split()[1])
    except OSError:
        pass  # /proc/PID/io needs task I/O accounting in the kernel
    return {
        "cpu_ns": cpu_ns, "cpu_ticks": cpu_ticks,
        "voluntary": switches["voluntary_ctxt_switches"], "involuntary": switches["nonvoluntary_ctxt_switches"],
        "switches": sum(switches.values()), "threads": threads, "write_calls": write_calls,
        "vm_hwm_kb": memory.get("VmHWM"), "rss_anon_kb": memory.get("RssAnon"), "rss_file_kb": memory.get("RssFile"),
        "at": now(),
    }


def largest_file_mappings(pid, count=12):
    """The files whose mapped pages take the most resident memory in `pid`, as (path, kB)."""
    resident = {}
    current = None
    with open(f"/proc/{pid}/smaps") as smaps:
        for line in smaps:
            fields = line.split()
            if "-" in fields[0] and len(fields) >= 5 and ":" in fields[3]:
                current = fields[5] if len(fields) > 5 and fields[5].startswith("/") else None
            elif fields[0] == "Rss:" and current:
                resident[current] = resident.get(current, 0) + int(fields[1])
    return sorted(resident.items(), key=lambda item: -item[1])[:count]


def process_name(pid):
    """The kernel's name of `pid` (/proc/PID/comm), to show what was measured."""
    with open(f"/proc/{pid}/comm") as comm_file:
        return comm_file.read().strip()


# A program in a pseudo-terminal.


class PtyProgram:
    """One program running in its own 80×24 pty, its output read continuously by a thread.

    The child is forked with `pty.fork` and execs the program directly, so `pid` is the
    program itself, never a shell. Every chunk read from the pty master is timestamped, counted
    and fed to a `TerminalScreen`; a waiter can arm a condition on that screen and learn the
    exact time of the chunk that made it true.
    """

    def __init__(self, argv, environment):
        """Prepares to run `argv` with `environment`; nothing starts until `start`."""
        self.argv = argv
        self.environment = environment
        self.screen = TerminalScreen(ROWS, COLUMNS)
        self.chunks = []  # (time read, byte count)
        self.output = bytearray()
        self.spawned_at = None
        self.eof_at = None
        self.exit_status = None
        self.pid = None
        self._master = None
        self._lock = threading.Condition()
        self._condition = None
        self._condition_met_at = None
        self._reader = None

    def start(self):
        """Forks and execs the program in a new pty whose window is set before the exec."""
        self.spawned_at = now()
        pid, master = pty.fork()
        if pid == 0:
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
                os.execve(self.argv[0], self.argv, self.environment)
            finally:
                os._exit(127)
        self.pid, self._master = pid, master
        self._reader = threading.Thread(target=self._read_continuously, daemon=True)
        self._reader.start()

    def _read_continuously(self):
        """Reads the pty master until the program's side closes, recording every chunk."""
        while True:
            try:
                data = os.read(self._master, 65536)
            except OSError:
                data = b""
            read_at = now()
            with self._lock:
                if not data:
                    self.eof_at = read_at
                    self._lock.notify_all()
                    return
                self.chunks.append((read_at, len(data)))
                self.output += data
                self.screen.feed(data)
                if self._condition is not None and self._condition(self.screen):
                    self._condition = None
                    self._condition_met_at = read_at
                    self._lock.notify_all()

    def expect(self, condition):
        """Arms `condition` (a function of the screen): the next chunk that makes it true is timed.

        Only output read after this call counts, so arm it before sending the key it awaits.
        """
        with self._lock:
            self._condition = condition
            self._condition_met_at = None

    def wait(self, timeout):
        """Waits for the armed condition; returns the time it was met, or None on timeout or exit."""
        deadline = now() + timeout
        with self._lock:
            while self._condition_met_at is None and self.eof_at is None:
                remaining = deadline - now()
                if remaining <= 0:
                    break
                self._lock.wait(remaining)
            self._condition = None
            return self._condition_met_at

    def wait_for(self, condition, timeout):
        """Returns at once when `condition` already holds, else waits for it like `wait`."""
        with self._lock:
            if condition(self.screen):
                return now()
        self.expect(condition)
        return self.wait(timeout)

    def send(self, keys):
        """Writes `keys` to the program's terminal and returns the time just before the write."""
        sent_at = now()
        try:
            os.write(self._master, keys)
        except OSError:
            pass  # the program has already closed its terminal
        return sent_at

    def chunk_times(self):
        """The harness times at which each chunk of output was read, in order."""
        with self._lock:
            return [read_at for read_at, _ in self.chunks]

    def screen_text(self):
        """The screen as the program has drawn it so far."""
        with self._lock:
            return self.screen.text()

    def bytes_between(self, start, end):
        """How many bytes the program wrote that were read between the harness times `start` and `end`."""
        with self._lock:
            return sum(size for read_at, size in self.chunks if start <= read_at < end)

    def wait_for_exit(self, timeout):
        """Waits up to `timeout` seconds for the program to end; returns its wait status or None."""
        deadline = now() + timeout
        while now() < deadline:
            finished, status = os.waitpid(self.pid, os.WNOHANG)
            if finished:
                self.exit_status = status
                return status
            time.sleep(0.01)
        return None

    def stop(self, timeout=3.0):
        """Makes sure the program has ended (SIGTERM, then SIGKILL), then closes the pty."""
        if self.exit_status is None and self.wait_for_exit(0) is None:
            for stop_signal in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.kill(self.pid, stop_signal)
                except ProcessLookupError:
                    pass
                if self.wait_for_exit(timeout) is not None:
                    break
        if self._reader is not None:
            self._reader.join(timeout)
        os.close(self._master)


# The two programs under test.


class ProgramUnderTest:
    """How to start, drive and read one of the two programs; subclasses fill in the details."""

    name = ""

    def __init__(self, executable, environment):
        """Keeps the program's executable path and the environment it runs with."""
        self.executable = executable
        self.environment = environment

    def session_argv(self):
        """The command line of a countdown session to measure."""
        raise NotImplementedError

    def is_first_screen(self, screen):
        """Whether `screen` shows the program's first full screen."""
        raise NotImplementedError

    def begin(self, program, timeout):
        """Brings a started program to a running countdown; returns False when it did not get there."""
        raise NotImplementedError

    def is_paused(self, screen):
        """Whether `screen` shows the countdown paused."""
        raise NotImplementedError

    def is_running(self, screen):
        """Whether `screen` shows the countdown running (not paused)."""
        raise NotImplementedError

    def quit(self, program):
        """Asks the program to quit the way a person would."""
        raise NotImplementedError


def begin_knead_session(program, step_marker, timeout):
    """From knead's safety check: Enter, then `s` on the pain question, which starts the session.

    Returns the time `s` was written and the time the screen showed `step_marker`, or None.
    """
    program.expect(lambda screen: "How much does it hurt now?" in screen.text())
    program.send(b"\r")
    if program.wait(timeout) is None:
        return None
    program.expect(lambda screen: step_marker in screen.text())
    started_at = program.send(b"s")
    shown_at = program.wait(timeout)
    return None if shown_at is None else (started_at, shown_at)


def quit_knead_session(program):
    """Leaves a knead session early: `q`, `y` on the question, `s` on the pain question after,
    and a key on the summary; stops at the first screen that does not come (the safety check
    quits on `q` alone)."""
    for key, next_screen in ((b"q", "Quit this session?"), (b"y", KNEAD_AFTER_QUESTION), (b"s", "Session ended early")):
        program.expect(lambda screen, text=next_screen: text in screen.text())
        program.send(key)
        if program.wait(2.0) is None:
            return
    program.send(b"x")


class Knead(ProgramUnderTest):
    """knead running a generated routine with one long step."""

    name = "knead"

    def __init__(self, executable, environment, long_routine_path):
        """Also keeps the path of the generated one-step routine."""
        super().__init__(executable, environment)
        self.long_routine_path = long_routine_path

    def session_argv(self):
        """`knead run ROUTINE` on the one-step routine."""
        return [self.executable, "run", self.long_routine_path]

    def is_first_screen(self, screen):
        """The safety check is on screen: the routine's title and the key that begins."""
        text = screen.text()
        return LONG_ROUTINE_TITLE in text and "begin" in text

    def begin(self, program, timeout):
        """Presses Enter on the safety check, skips the pain question, and waits for the session screen."""
        return begin_knead_session(program, "step 1 of 1", timeout) is not None

    def is_paused(self, screen):
        """The PAUSED line is on screen."""
        return KNEAD_PAUSED_TEXT in screen.text()

    def is_running(self, screen):
        """The session screen is on show without the PAUSED line."""
        text = screen.text()
        return "step 1 of 1" in text and KNEAD_PAUSED_TEXT not in text

    def quit(self, program):
        """Quits as `quit_knead_session` does (the safety check quits on q alone)."""
        quit_knead_session(program)


class Termdown(ProgramUnderTest):
    """termdown counting down two minutes (`termdown 2m`)."""

    name = "termdown"

    def session_argv(self):
        """`termdown 2m`."""
        return [self.executable, "2m"]

    def is_first_screen(self, screen):
        """The first big digits are drawn (its figlet font draws every digit with runs of 8)."""
        return "88" in screen.text()

    def begin(self, program, timeout):
        """termdown counts down from the start; waits only for its first digits."""
        return program.wait_for(self.is_first_screen, timeout) is not None

    def is_paused(self, screen):
        """Every drawn cell is blue: termdown shows a pause only by colouring the digits."""
        cells = screen.colored_cells()
        return bool(cells) and all(color == TERMDOWN_PAUSED_COLOR for _, color in cells)

    def is_running(self, screen):
        """Digits are drawn and none of them is blue any more."""
        cells = screen.colored_cells()
        return bool(cells) and all(color != TERMDOWN_PAUSED_COLOR for _, color in cells)

    def quit(self, program):
        """q quits termdown at once."""
        program.send(b"q")


# Preparing the programs.


def child_environment(config_home):
    """The environment both programs run with: xterm-256color, UTF-8, no size overrides, and
    knead's folders (settings, journal) beside `config_home`, never the real home's."""
    environment = {
        key: value for key, value in os.environ.items()
        if key not in ("LINES", "COLUMNS", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "NO_COLOR", "TMUX", "KNEAD_JOURNAL")
    }
    scratch = os.path.dirname(config_home)
    environment.update(TERM="xterm-256color", LANG="C.UTF-8", XDG_CONFIG_HOME=config_home,
                       XDG_DATA_HOME=os.path.join(scratch, "data"), XDG_STATE_HOME=os.path.join(scratch, "state"))
    return environment


def find_termdown():
    """The termdown script, installed with pip into this Python when it is missing.

    Prefers the copy next to this interpreter, so no version-manager shim (such as pyenv's,
    which runs a shell first) adds its own start-up time to termdown's.
    """
    beside_python = os.path.join(os.path.dirname(sys.executable), "termdown")
    if not os.path.exists(beside_python) and shutil.which("termdown") is None:
        print("termdown is not installed; installing it with: "
              f"{sys.executable} -m pip install termdown", flush=True)
        result = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "termdown"])
        if result.returncode != 0:
            sys.exit("could not install termdown; install it yourself with `pip install termdown`")
    if os.path.exists(beside_python):
        return beside_python
    found = shutil.which("termdown")
    if found is None:
        sys.exit("termdown is installed but not on PATH; add pip's script folder to PATH")
    return found


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


def write_routine(directory, file_name, title, step_seconds):
    """Writes a minimal routine script with one stage per entry of `step_seconds`; returns its path."""
    stages = [
        {
            "name": f"Timed step {number}",
            "technique": "stroking",
            "area": "neck",
            "duration": seconds,
            "instructions": "Stroke the back of the neck slowly.",
        }
        for number, seconds in enumerate(step_seconds, start=1)
    ]
    routine = {"format": 1, "title": title, "zone": "neck", "stages": stages}
    path = os.path.join(directory, file_name)
    with open(path, "w") as routine_file:
        json.dump(routine, routine_file, indent=2)
    return path


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


# The measurements.


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


# Summaries, the table and the document.


def summarize(sessions, startups):
    """Combines the rounds of one program: totals over all windows, medians, p90 and maxima."""
    window = sum(session["window_s"] for session in sessions)
    pauses = [latency for session in sessions for latency in session["pause_ms"]]
    resumes = [latency for session in sessions for latency in session["resume_ms"]]
    def startup_median(key):
        """The median of one start-up figure over the runs that produced it."""
        return median([startup[key] for startup in startups if startup[key] is not None])

    return {
        "cpu_percent": sum(session["cpu_ns"] for session in sessions) / 1e9 / window * 100,
        "cpu_stat_percent": sum(session["cpu_ticks"] for session in sessions) / CLOCK_TICKS / window * 100,
        "wakeups_per_s": sum(session["switches"] for session in sessions) / window,
        "bytes_per_s": sum(session["bytes"] for session in sessions) / window,
        "pause_median_ms": median(pauses),
        "pause_p90_ms": percentile(pauses, 0.9),
        "resume_median_ms": median(resumes),
        "resume_p90_ms": percentile(resumes, 0.9),
        "pause_samples": len(pauses),
        "startup_median_ms": startup_median("first_screen_ms"),
        "startup_first_output_median_ms": startup_median("first_output_ms"),
        "startup_settled_median_ms": startup_median("settled_ms"),
        "startup_samples": sum(1 for startup in startups if startup["first_screen_ms"] is not None),
        "voluntary_per_s": sum(session["voluntary"] for session in sessions) / window,
        "involuntary_per_s": sum(session["involuntary"] for session in sessions) / window,
        "write_calls_per_s": (sum(session["write_calls"] for session in sessions) / window
                              if all(session["write_calls"] is not None for session in sessions) else None),
        "cpu_us_per_wakeup": (sum(session["cpu_ns"] for session in sessions) / 1e3
                              / max(1, sum(session["voluntary"] for session in sessions))),
        "peak_memory_mb": max(session["vm_hwm_kb"] for session in sessions) * 1024 / 1e6,
        "window_total_s": window,
    }


def rounded(value):
    """`value` with every float inside it rounded to 3 decimals, to keep the JSON small."""
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {key: rounded(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [rounded(item) for item in value]
    return value


def format_number(value, digits=1):
    """A figure for the table, or an em dash when there is none."""
    if value is None:
        return "—"
    return f"{value:.{digits}f}"


def table_rows(results):
    """The rows of the table: (metric, knead, termdown, target, pass or fail)."""
    knead = results["summary"].get("knead")
    termdown = results["summary"].get("termdown")
    accuracy = results.get("knead_accuracy")
    termdown_accuracy = results.get("termdown_accuracy")

    def value(summary, key):
        """One figure of a summary, or None when that program was not measured."""
        return summary.get(key) if summary else None

    def verdict(measured, passes):
        """PASS or FAIL for knead's figure, or a dash when it was not measured."""
        if measured is None or passes is None:
            return "—"
        return "PASS" if passes(measured) else "FAIL"

    worst_step = max(accuracy["step_end_late_ms"], key=abs) if accuracy else None
    routine_end = accuracy["routine_end_late_ms"] if accuracy else None
    termdown_end = termdown_accuracy["end_late_ms"] if termdown_accuracy else None
    rows = [
        ("CPU while counting down, % of one core", value(knead, "cpu_percent"), value(termdown, "cpu_percent"), 3,
         "< 0.05", lambda x: x < 0.05),
        ("  same, from /proc/PID/stat ticks (10 ms resolution, for reference)", value(knead, "cpu_stat_percent"),
         value(termdown, "cpu_stat_percent"), 3, "—", None),
        ("Wake-ups per second (context switches)", value(knead, "wakeups_per_s"), value(termdown, "wakeups_per_s"), 2,
         "≤ 2", lambda x: x <= 2),
        ("Bytes written per second while counting down", value(knead, "bytes_per_s"), value(termdown, "bytes_per_s"), 1,
         "< 200", lambda x: x < 200),
        ("Pause key → screen, median (ms)", value(knead, "pause_median_ms"), value(termdown, "pause_median_ms"), 2,
         "< 2", lambda x: x < 2),
        ("Pause key → screen, p90 (ms)", value(knead, "pause_p90_ms"), value(termdown, "pause_p90_ms"), 2,
         "< 5", lambda x: x < 5),
        ("Start-up to first full screen, median (ms)", value(knead, "startup_median_ms"), value(termdown, "startup_median_ms"), 1,
         "< 40", lambda x: x < 40),
        ("Peak memory, VmHWM (MB)", value(knead, "peak_memory_mb"), value(termdown, "peak_memory_mb"), 1,
         "< 12", lambda x: x < 12),
        ("A step's end vs its deadline, worst (ms late)", worst_step, None, 1, "≤ 10", lambda x: abs(x) <= 10),
        ("End of routine / of `termdown 60` vs deadline (ms late)", routine_end, termdown_end, 1,
         "≤ 10, no drift", lambda x: abs(x) <= 10),
    ]
    return [
        (metric, format_number(knead_value, digits), format_number(termdown_value, digits), target, verdict(knead_value, passes))
        for metric, knead_value, termdown_value, digits, target, passes in rows
    ]


def render_table(rows, markdown):
    """The table as Markdown, or as aligned plain text for the console."""
    header = ("metric", "knead", "termdown", "target (knead)", "knead")
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|---|---:|---:|---|---|"]
        lines += ["| " + " | ".join(cells) + " |" for cells in rows]
        return "\n".join(lines)
    widths = [max(len(str(cells[index])) for cells in [header] + rows) for index in range(len(header))]
    return "\n".join(
        "  ".join(str(cell).ljust(width) if index == 0 else str(cell).rjust(width) for index, (cell, width) in enumerate(zip(cells, widths)))
        for cells in [header] + rows
    )


def describe_misses(results):
    """One sentence per missed target, with the figures, for the console and the document."""
    misses = [row for row in table_rows(results) if row[4] == "FAIL"]
    return [f"{metric.strip()}: knead {knead} against a target of {target}" for metric, knead, _, target, _ in misses]


def diagnose_misses(results):
    """Facts from the run that bear on each target knead missed, one line per missed target."""
    knead = results["summary"].get("knead") or {}
    sessions = results["sessions"].get("knead") or []
    load = f"{results['load_average_start'][0]:.1f} at the start and {results['load_average_end'][0]:.1f} at the end"
    facts = {
        "CPU": (
            f"knead spent {format_number(knead.get('cpu_us_per_wakeup'), 0)} µs on a CPU per voluntary wake-up"
            f" ({format_number(knead.get('voluntary_per_s'), 2)} a second) and made"
            f" {format_number(knead.get('write_calls_per_s'), 1)} write() calls a second; the machine's 1-minute"
            f" load average was {load} of the run."
        ),
        "Wake-ups": (
            f"{format_number(knead.get('voluntary_per_s'), 2)} voluntary (knead going back to sleep in poll) and"
            f" {format_number(knead.get('involuntary_per_s'), 2)} involuntary (knead preempted by another process)"
            f" context switches a second; the 1-minute load average was {load} of the run."
        ),
        "Bytes": (
            f"{format_number(knead.get('bytes_per_s', 0) / max(knead.get('voluntary_per_s') or 1, 1e-9), 0)} bytes"
            " per wake-up on average."
        ),
    }
    if sessions:
        last = sessions[-1]
        mappings = ", ".join(f"{os.path.basename(path)} {kb / 1000:.1f}" for path, kb in last.get("largest_mappings_kb", []))
        facts["Peak memory"] = (
            f"at the end of the last session {last['rss_anon_kb'] * 1024 / 1e6:.1f} MB of knead's resident memory was"
            f" anonymous (heap, stacks) and {last['rss_file_kb'] * 1024 / 1e6:.1f} MB file-backed: pages of the binary"
            f" and the shared libraries it loads. The largest, in MB: {mappings}."
        )
    lines = []
    used = set()
    for metric, _, _, _, verdict in table_rows(results):
        key = "CPU" if metric.strip().startswith("same") else next((key for key in facts if metric.startswith(key)), None)
        if verdict == "FAIL" and key and key not in used:
            used.add(key)
            lines.append(f"{metric.strip()}: {facts[key]}")
    return lines


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


def explain_misses(results):
    """Paragraphs on the probable cause of each missed target, for the document.

    The CPU and wake-up paragraphs come from a profile and an experiment made by hand (see
    CPU_PROFILE and WAKEUP_EXPERIMENT); the memory one is computed from this run's mappings
    and from the sources.
    """
    missed = {row[0].strip() for row in table_rows(results) if row[4] == "FAIL"}
    paragraphs = []
    if any(metric.startswith(("CPU", "same")) for metric in missed):
        paragraphs.append(CPU_PROFILE)
    if any(metric.startswith("Wake-ups") for metric in missed):
        paragraphs.append(WAKEUP_EXPERIMENT)
    sessions = results["sessions"].get("knead") or []
    if any(metric.startswith("Peak memory") for metric in missed) and sessions:
        last = sessions[-1]
        runtime_libraries = [
            (os.path.basename(path), kb) for path, kb in last.get("largest_mappings_kb", [])
            if "Foundation" in os.path.basename(path)
        ]
        foundation_mb = sum(kb for _, kb in runtime_libraries) * 1024 / 1e6
        importers = results.get("foundation_imports")
        if importers is None:
            imports_text = "The binary was given with --knead, so which sources import Foundation is not known."
        elif importers:
            imports_text = (
                f"When knead was built, {len(importers)} source files imported a Foundation module ("
                + "; ".join(f"`{path}`: {', '.join(modules)}" for path, modules in importers.items()) + ")."
            )
        else:
            imports_text = "When knead was built, no source file imported a Foundation module directly."
        paragraphs.append(
            f"Probable cause of the memory figure: knead's own data is small ({last['rss_anon_kb'] * 1024 / 1e6:.1f} MB"
            " anonymous); the rest is pages of the binary and of the shared libraries it loads, counted in"
            " VmRSS as soon as they are touched (the kernel maps neighbouring pages of a file on each fault). "
            f"Foundation's libraries ({', '.join(name for name, _ in runtime_libraries)}) held"
            f" {foundation_mb:.1f} MB of them. {imports_text} Without Foundation the peak would still"
            " include the Swift runtime (libswiftCore.so, which itself needs libstdc++) and libc."
        )
    return paragraphs


#: What tracing knead's involuntary context switches showed (done by hand).
WAKEUP_EXPERIMENT = (
    "Probable cause of the wake-up figure, from a trace made by hand on 2026-11-24"
    " (`perf record -e sched:sched_switch -a` over six seconds of a session counting down): knead"
    " wakes itself once a second (the voluntary switches above) and sends each frame in one"
    " `write()`; the pty hands those bytes to a kernel worker (`kworker/u…`, the tty layer's flush"
    " work), and that worker, just woken, usually takes the CPU from knead before knead gets back"
    " to `poll()`: knead went to sleep 6 times and was preempted 4 times, every time by that"
    " worker. One frame a second therefore costs about two context switches; only a countdown"
    " that draws less than once a second would go lower. Other work on the machine (see the"
    " load average below) adds to the involuntary count too."
)


#: What a `perf record -g` profile of a running knead session showed (taken by hand).
CPU_PROFILE = (
    "Probable cause of the CPU figure, from a profile taken by hand on 2026-11-24"
    " (`perf record -F 25000 -g -p PID` for 30 s on a knead session counting down, then"
    " `perf report --children`): about 40 % of knead's CPU time is in `AppModel.render`, which"
    " lays out the whole 80×24 `Screen` every second (`VerticalStack`, the big digits, the"
    " styled lines), 15 % in `CursesTerminal.draw` and about 20 % in system calls (`poll`,"
    " `write`); the rest is the kernel switching tasks. Rendering only the parts that change"
    " each second (the countdown, the time left and the bars) is where the time per wake-up"
    " would come down next."
)


def write_document(results, command):
    """Rewrites docs/performance.md with the figures of this run and how to reproduce them."""
    machine = results["machine"]
    config = results["config"]
    accuracy = results.get("knead_accuracy") or {}
    termdown_accuracy = results.get("termdown_accuracy") or {}
    summary = results["summary"]
    misses = describe_misses(results)
    knead_sessions = results["sessions"].get("knead", [])
    per_round = ", ".join(f"{session['bytes_per_s']:.1f}" for session in knead_sessions)
    lines = [
        "# Performance",
        "",
        "What a running knead session costs, measured beside termdown",
        "(a popular terminal countdown) on the same machine, in the same pseudo-terminal, in the same run.",
        "",
        "## Reproduce",
        "",
        "```sh",
        "pip install termdown          # the script also installs it when it is missing",
        command,
        "```",
        "",
        "`python3 Benchmarks/bench.py --quick` is a short smoke run (one round, 5-second windows, 3-second",
        "steps) whose figures are rougher. The script builds knead with",
        "`./install.sh --build-only --scratch-path .build-bench --product knead`",
        "(the build the README installs; or it takes `--knead PATH`),",
        "prints the table below and writes every sample to `Benchmarks/results/latest.json`;",
        "`--write-doc` rewrites this page.",
        "",
        f"## Results ({results['date']})",
        "",
        render_table(table_rows(results), markdown=True),
        "",
        "The targets are knead's; the termdown column is the reference, measured in the same run.",
        "",
    ]
    if misses:
        lines += ["**Missed targets in this run:**", ""] + [f"- {miss}" for miss in misses] + [""]
        diagnoses = diagnose_misses(results)
        if diagnoses:
            lines += ["What the run shows about them:", ""] + [f"- {diagnosis}" for diagnosis in diagnoses] + [""]
        for paragraph in explain_misses(results):
            lines += [paragraph, ""]
    else:
        lines += ["knead met every target in this run.", ""]
    lines += [
        "Details of this run:",
        "",
        f"- Rounds: {config['rounds']}, each a session of knead then one of termdown;"
        f" {config['window_s']} s measuring window per session, after {config['settle_s']} s of settling;"
        f" {summary.get('knead', {}).get('pause_samples', 0)} pause presses per program"
        f" (plus as many resumes; knead's resume median"
        f" {format_number(summary.get('knead', {}).get('resume_median_ms'), 2)} ms, termdown's"
        f" {format_number(summary.get('termdown', {}).get('resume_median_ms'), 2)} ms);"
        f" {config['startup_runs']} start-ups per program.",
        f"- knead's bytes per second, per round: {per_round}. write() calls per second: knead"
        f" {format_number(summary.get('knead', {}).get('write_calls_per_s'), 1)}, termdown"
        f" {format_number(summary.get('termdown', {}).get('write_calls_per_s'), 1)}.",
        f"- Wake-ups split: knead {format_number(summary.get('knead', {}).get('voluntary_per_s'), 2)} voluntary +"
        f" {format_number(summary.get('knead', {}).get('involuntary_per_s'), 2)} involuntary a second;"
        f" termdown {format_number(summary.get('termdown', {}).get('voluntary_per_s'), 2)} +"
        f" {format_number(summary.get('termdown', {}).get('involuntary_per_s'), 2)}.",
    ]
    if accuracy:
        steps = ", ".join(f"{late:.1f}" for late in accuracy["step_end_late_ms"])
        lines.append(
            f"- knead timing, time scale 1, steps of {', '.join(str(s) for s in accuracy['step_seconds'])} s:"
            f" step ends were drawn {steps} ms after their deadlines (counted from the moment the"
            f" key that starts the session, `s` on the pain question, was written, so the key's own latency is included); drift from the first step end to"
            f" the end of the routine {accuracy['drift_ms']:.1f} ms. The session screen was drawn"
            f" {accuracy['session_drawn_after_enter_ms']:.2f} ms after that key."
        )
    if termdown_accuracy:
        lines.append(
            f"- `termdown {termdown_accuracy['countdown_s']}` exited {termdown_accuracy['end_late_ms']:.1f} ms"
            f" after {termdown_accuracy['countdown_s']} s from its spawn"
            f" ({format_number(termdown_accuracy['end_late_after_first_screen_ms'])} ms counted from its first screen)."
        )
    lines += [
        f"- Start-up to the first byte of output: knead"
        f" {format_number(summary.get('knead', {}).get('startup_first_output_median_ms'))} ms, termdown"
        f" {format_number(summary.get('termdown', {}).get('startup_first_output_median_ms'))} ms;"
        f" to the end of the first burst of output (the first frame complete): knead"
        f" {format_number(summary.get('knead', {}).get('startup_settled_median_ms'))} ms, termdown"
        f" {format_number(summary.get('termdown', {}).get('startup_settled_median_ms'))} ms (medians).",
        "",
        "Machine:",
        "",
        f"- CPU: {machine['cpu']}, `nproc` = {machine['nproc']}",
        f"- Kernel: Linux {machine['kernel']}",
        f"- {machine['swift']}; knead built from commit {results.get('sources', {}).get('commit', '?')}"
        + (" with uncommitted changes to the sources" if results.get("sources", {}).get("uncommitted_source_changes") else ""),
        f"- Python {machine['python']}, termdown {machine['termdown']}",
        f"- 1-minute load average: {results['load_average_start'][0]:.2f} when the run began,"
        f" {results['load_average_end'][0]:.2f} when it ended (other work on the machine preempts"
        " both programs and shows up as involuntary context switches and longer latencies).",
        "",
        "## What is measured, and how",
        "",
        "`Benchmarks/bench.py` starts each program with `pty.fork()` and `execve`, so the measured",
        "process is the program itself (knead's binary; termdown's Python interpreter), never a",
        "shell. The pty is 80×24, set with `TIOCSWINSZ` before the exec, with `TERM=xterm-256color`",
        "and `LANG=C.UTF-8`. A thread reads the pty master continuously, timestamps every chunk with",
        "`CLOCK_MONOTONIC` and feeds it to a small terminal model (`Benchmarks/terminal_screen.py`),",
        "because ncurses sends only the cells that changed: \"step 2 of 3\" never appears whole in",
        "the byte stream when only one digit changes. knead runs a generated routine (in a temporary",
        "directory) with one long step; termdown runs `termdown 2m`.",
        "",
        "- **CPU**: time on a CPU over the measuring window, summed over the process's threads from",
        "  `/proc/PID/task/*/schedstat` (nanoseconds), as a percentage of one core. The row below it",
        "  is utime + stime from `/proc/PID/stat`, whose 10 ms ticks are too coarse for knead's",
        "  figure over a 30 s window (one tick is 0.033 %).",
        "- **Wake-ups**: voluntary + involuntary context switches over the same window, summed over",
        "  the threads (`/proc/PID/task/*/status`); termdown has three threads.",
        "- **Bytes per second**: everything read from the pty master during the window.",
        "- **Pause key → screen**: after the window, Space is written to the pty at a random moment",
        "  (100–300 ms after the last change) and the time runs until the chunk that makes the",
        "  screen show the pause: knead's `PAUSED` line; termdown, which shows a pause only by",
        "  colouring the digits blue, every drawn cell in blue. Each pause is followed by a resume,",
        "  timed the same way.",
        "- **Start-up**: from just before the fork to the chunk that completes the first screen's",
        "  marker: for knead the safety check's title and its `begin` key hint; for termdown its",
        "  first big digits.",
        "- **Peak memory**: `VmHWM` from `/proc/PID/status`, read just before quitting (MB = 10⁶ bytes).",
        "- **Timing**: knead runs a generated routine of three steps at time scale 1; each step's end",
        "  is the moment the screen shows the next step (`step 2 of 3`…) or the pain question after",
        "  the session, compared with the time the session was started (Enter on the safety check,",
        "  then `s` on the pain question) plus the steps' lengths. termdown runs `termdown 60`;",
        "  its end is its exit, compared with its spawn plus 60 s.",
        "",
        "## How knead gets these figures",
        "",
        "- One thread, asleep in `poll()` on the terminal and a `signalfd`",
        "  (`Sources/KneadTerminal/RunLoop.swift`, `SignalChannel.swift`). The timeout is the time to",
        "  the model's next change (`AppModel.nextChange(after:)`: the next whole second of the",
        "  countdown, a cue or the deadline), rounded up to a whole millisecond, so a running",
        "  countdown wakes about once a second and a paused one not at all.",
        "- Signals (resize, Ctrl-Z, Ctrl-C, hang-up) arrive as reads on the `signalfd`, so there",
        "  is no self-pipe and no polling for them. Each has a handler that never runs (they stay",
        "  blocked), there only so that ncurses leaves them alone: left at their default action,",
        "  ncurses would set SIGTSTP to \"ignore\" around every update and lose a Ctrl-Z.",
        "- A key is read and drawn in the same turn of the loop, so the pause key's latency is one",
        "  `poll()` wake-up, one render of the screen model and one `doupdate()`.",
        "- Drawing writes only the rows that differ from the last screen into `stdscr` and lets",
        "  ncurses send the difference (`wnoutrefresh` + `doupdate`); nothing calls `clear()`, so a",
        "  countdown tick sends the changed digits only (`CursesTerminal.swift`).",
        "- The engine reads no clock: each step ends at its deadline computed from instants, and the",
        "  next step starts at the old deadline, not at the tick that noticed it, so late ticks do",
        "  not accumulate into drift.",
        "- Each frame goes out in one `write()`. ncurses flushes after every cursor movement until",
        "  its screen has once been left and taken back, so the shell leaves it once (`endwin`)",
        "  before the first draw; `typeahead(-1)` keeps it from stopping mid-frame to look for keys.",
        "  The terminal is woken once a frame instead of five or more times.",
        "- Text made of printable one-column characters that never join (Latin, Cyrillic, box",
        "  drawing, blocks: nearly everything knead shows) is measured, cut and drawn scalar by",
        "  scalar (`Sources/KneadUI/Screen/SimpleText.swift`), skipping grapheme breaking; the big",
        "  digits' glyphs are drawn once and kept.",
        "- The binary loads no Foundation (only `FoundationEssentials`, which swift-argument-parser",
        "  needs too), and the README's install build links the Swift runtime in",
        "  (`--static-swift-stdlib`) and is not position-independent (`-Xlinker -no-pie`): a running",
        "  session then touched about 11 MB, against 16 MB for the default dynamic release build and",
        "  12.5 MB for a static position-independent one (before the journal; the journal section",
        "  below says how the build now packs the code a session runs). The price of `-no-pie` is that the",
        "  program's own code is not placed at a random address (ASLR still moves the libraries, the",
        "  heap and the stack); a timer that opens no network connection and reads only its own",
        "  scripts gives little to an attacker, and the dynamic build remains the `swift run` default.",
        "",
        "## What is left",
        "",
        "- Wake-ups: knead wakes itself exactly once a second (the voluntary switches). The",
        "  involuntary ones come from the kernel: a `write()` to a pty hands the bytes to a kernel",
        "  worker (`kworker/u…`, the tty layer's flush work), which, just woken, can take the CPU",
        "  from knead before knead gets back to `poll()` (seen with `perf record -e",
        "  sched:sched_switch -a`). While ncurses sent a frame in five or more writes this happened",
        "  on most frames (about 2 switches a second in all); with one write a frame it happens on a",
        "  few (1.1 to 1.4 a second here).",
        "- CPU: most of what remains is building the 80×24 screen model each second",
        "  (`AppModel.render`); redrawing only the parts that change (the countdown, the time left",
        "  and the bars) would lower it further.",
        "",
    ]
    kept = ""
    if os.path.exists(DOC_PATH):
        with open(DOC_PATH) as existing:
            previous = existing.read()
        if KEPT_SECTIONS_MARKER in previous:
            kept = previous[previous.index(KEPT_SECTIONS_MARKER):]
    with open(DOC_PATH, "w") as document:
        document.write("\n".join(lines) + ("\n" + kept if kept else ""))
    print(f"wrote {os.path.relpath(DOC_PATH, REPOSITORY)}")


# The run.


def parse_arguments():
    """The command line: durations, the knead binary, and what to write."""
    parser = argparse.ArgumentParser(description="Benchmark a knead session beside termdown in an 80×24 pty.")
    parser.add_argument("--quick", action="store_true", help="a short smoke run: 1 round, 5 s windows, 3 s steps")
    parser.add_argument("--knead", metavar="PATH", help="use this knead binary instead of building one")
    parser.add_argument("--rounds", type=int, help="sessions of each program, alternating (default 2)")
    parser.add_argument("--window", type=float, help="seconds over which CPU, wake-ups and bytes are measured (default 30)")
    parser.add_argument("--pause-pairs", type=int, help="pause/resume presses per session (default 12)")
    parser.add_argument("--startup-runs", type=int, help="start-ups per program (default 7)")
    parser.add_argument("--step-seconds", type=int, help="length of each of the three timed steps (default 20)")
    parser.add_argument("--programs", default="knead,termdown", help="which programs to run (default knead,termdown)")
    parser.add_argument("--write-doc", action="store_true", help="rewrite docs/performance.md with this run's figures")
    parser.add_argument("--doc-only", action="store_true",
                        help="rewrite docs/performance.md from Benchmarks/results/latest.json without running anything")
    parser.add_argument("--seed", type=int, default=1, help="seed for the random gaps between key presses")
    arguments = parser.parse_args()
    quick = arguments.quick
    defaults = {
        "rounds": 1 if quick else 2, "window": 5.0 if quick else 30.0, "pause_pairs": 6 if quick else 12,
        "startup_runs": 3 if quick else 7, "step_seconds": 3 if quick else 20,
    }
    for key, default in defaults.items():
        if getattr(arguments, key) is None:
            setattr(arguments, key, default)
    arguments.programs = [name.strip() for name in arguments.programs.split(",") if name.strip()]
    return arguments


def main():
    """Runs the benchmark, prints the table, writes the JSON and, when asked, the document."""
    arguments = parse_arguments()
    if arguments.doc_only:
        with open(RESULTS_PATH) as results_file:
            results = json.load(results_file)
        write_document(results, results.get("command", "python3 Benchmarks/bench.py --write-doc"))
        return
    started = now()
    load = os.getloadavg()[0]
    if load > 1.0:
        print(f"note: the machine is busy (1-minute load average {load:.2f} on {os.cpu_count()} cores);"
              " wake-ups and latencies will include preemption by that other work", flush=True)
    rng = random.Random(arguments.seed)
    scratch = tempfile.mkdtemp(prefix="knead-bench-")
    environment = child_environment(os.path.join(scratch, "config"))
    settle_seconds = 1.0 if arguments.quick else 2.0
    programs = []
    if "knead" in arguments.programs:
        knead_path = os.path.abspath(arguments.knead) if arguments.knead else build_knead()
        long_routine = write_routine(scratch, "bench-long.json", LONG_ROUTINE_TITLE, [600])
        programs.append(Knead(knead_path, environment, long_routine))
    if "termdown" in arguments.programs:
        programs.append(Termdown(find_termdown(), environment))
    if not programs:
        sys.exit("--programs names neither knead nor termdown")

    results = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine_description(),
        "config": {
            "rounds": arguments.rounds, "window_s": arguments.window, "settle_s": settle_seconds,
            "pause_pairs": arguments.pause_pairs, "startup_runs": arguments.startup_runs,
            "step_seconds": arguments.step_seconds, "terminal": f"{COLUMNS}x{ROWS} xterm-256color C.UTF-8",
            "quick": arguments.quick,
        },
        "executables": {program.name: program.executable for program in programs},
        "load_average_start": os.getloadavg(),
        "sources": source_revision(),
        "foundation_imports": None if arguments.knead else foundation_imports(),
        "sessions": {program.name: [] for program in programs},
        "startups": {program.name: [] for program in programs},
    }
    try:
        print(f"start-up: {arguments.startup_runs} runs each, alternating", flush=True)
        for _ in range(arguments.startup_runs):
            for program in programs:
                results["startups"][program.name].append(measure_startup(program))
        for round_number in range(1, arguments.rounds + 1):
            for program in programs:
                print(f"round {round_number}/{arguments.rounds}: {program.name} session"
                      f" ({arguments.window:.0f} s window, {arguments.pause_pairs} pause pairs)", flush=True)
                session = measure_session(program, arguments.window, arguments.pause_pairs, settle_seconds, rng)
                results["sessions"][program.name].append(session)
                print(f"  {session['process']} pid {session['pid']}: {session['cpu_percent']:.3f} % CPU,"
                      f" {session['wakeups_per_s']:.2f} wake-ups/s, {session['bytes_per_s']:.1f} B/s,"
                      f" pause median {median(session['pause_ms']):.2f} ms", flush=True)
        for program in programs:
            if isinstance(program, Knead):
                steps = [arguments.step_seconds] * 3
                print(f"timing: knead, three {arguments.step_seconds} s steps at time scale 1", flush=True)
                routine = write_routine(scratch, "bench-steps.json", STEPS_ROUTINE_TITLE, steps)
                results["knead_accuracy"] = measure_knead_accuracy(program, routine, steps)
            else:
                seconds = 10 if arguments.quick else 60
                print(f"timing: termdown {seconds}", flush=True)
                results["termdown_accuracy"] = measure_termdown_accuracy(program, seconds)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    results["summary"] = {
        name: summarize(sessions, results["startups"][name])
        for name, sessions in results["sessions"].items() if sessions
    }
    results["duration_s"] = round(now() - started, 1)
    results["command"] = "python3 Benchmarks/bench.py" + (" --quick" if arguments.quick else "") + " --write-doc"
    results["load_average_end"] = os.getloadavg()
    rows = table_rows(results)
    print()
    print(render_table(rows, markdown=False))
    misses = describe_misses(results)
    print()
    print("missed targets:\n  " + "\n  ".join(misses) if misses else "knead met every target.")
    for diagnosis in diagnose_misses(results):
        print("  · " + diagnosis)
    print(f"(run took {results['duration_s']:.0f} s)")

    os.makedirs(os.path.dirname(RESULTS_PATH), exist_ok=True)
    with open(RESULTS_PATH, "w") as results_file:
        json.dump(rounded(results), results_file, indent=1)
        results_file.write("\n")
    print(f"wrote {os.path.relpath(RESULTS_PATH, REPOSITORY)}")
    if arguments.write_doc:
        write_document(results, results["command"])


if __name__ == "__main__":
    main()
