"""A program running in its own pseudo-terminal, its output read and timed as it comes."""

import fcntl
import os
import pty
import signal
import struct
import termios
import threading
import time

from kneadbench.clock import now
from kneadbench.terminal_screen import TerminalScreen

#: The size of every benchmark's terminal.
ROWS, COLUMNS = 24, 80


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
