"""What /proc says about a running process: CPU time, context switches, memory."""

import glob
import os

from kneadbench.clock import now

#: Clock ticks a second, the unit of utime and stime in /proc/PID/stat.
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


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


def peak_memory_mb(pid):
    """VmHWM of `pid` in MB (10⁶ bytes): the most resident memory it has had."""
    return read_process_counters(pid)["vm_hwm_kb"] * 1024 / 1e6


def resident_kb_by_mapping(pid):
    """Each mapping's name in /proc/PID/smaps (a path, `[heap]`, `[stack]` or "") with its resident kB."""
    resident = {}
    current = None
    with open(f"/proc/{pid}/smaps") as smaps:
        for line in smaps:
            fields = line.split()
            if "-" in fields[0] and len(fields) >= 5 and ":" in fields[3]:
                current = fields[5] if len(fields) > 5 else ""
            elif fields[0] == "Rss:" and current is not None:
                resident[current] = resident.get(current, 0) + int(fields[1])
    return resident


def largest_file_mappings(pid, count=12):
    """The files whose mapped pages take the most resident memory in `pid`, as (path, kB)."""
    files = [(name, kb) for name, kb in resident_kb_by_mapping(pid).items() if name.startswith("/")]
    return sorted(files, key=lambda item: -item[1])[:count]


def resident_breakdown(pid):
    """The resident memory of knead's `pid` in MB: its own file, libsqlite3, the heap, and the rest."""
    totals = {"knead": 0, "sqlite": 0, "heap": 0, "other": 0}
    for name, kb in resident_kb_by_mapping(pid).items():
        part = ("knead" if name.endswith("/knead") else "sqlite" if "libsqlite3" in name
                else "heap" if name == "[heap]" else "other")
        totals[part] += kb * 1024 / 1e6
    return totals


def process_name(pid):
    """The kernel's name of `pid` (/proc/PID/comm), to show what was measured."""
    with open(f"/proc/{pid}/comm") as comm_file:
        return comm_file.read().strip()


def load_average():
    """The 1-minute load average: other work on the machine delays every program measured."""
    return os.getloadavg()[0]
