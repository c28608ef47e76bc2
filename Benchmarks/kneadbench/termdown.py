"""termdown, the terminal countdown knead is measured beside, and how to find or install it."""

import os
import shutil
import subprocess
import sys

from kneadbench.program_under_test import ProgramUnderTest

TERMDOWN_PAUSED_COLOR = 4  # termdown draws a paused countdown in blue (colour pair 3, COLOR_BLUE)


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
