"""What a benchmark needs to know to drive one program through a countdown."""


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
