"""knead as the benchmarks run it: generated routines, its own folders, and the keys that
take a session from the safety check to a running countdown and out again."""

import json
import os

from kneadbench.program_under_test import ProgramUnderTest

LONG_ROUTINE_TITLE = "Benchmark: one long step"
STEPS_ROUTINE_TITLE = "Benchmark: three timed steps"
KNEAD_PAUSED_TEXT = "PAUSED"
KNEAD_FINISHED_TEXT = "Session complete"
KNEAD_AFTER_QUESTION = "And now, after the session?"


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
