"""The peak memory of a running knead session: the figure the release build's layout is for."""

import time

from kneadbench.knead_program import quit_knead_session
from kneadbench.processes import peak_memory_mb, resident_breakdown
from kneadbench.pty_harness import PtyProgram

#: knead's target for a session's peak memory (VmHWM), in MB of 10⁶ bytes.
PEAK_MEMORY_TARGET_MB = 12.5


def peak_memory_of_a_session(knead, environment, journal, seconds_into_step=2.0):
    """VmHWM (MB) of a `knead collar` session `seconds_into_step` into its first step, reached
    through both questions' keys, with where its resident memory lies (`resident_breakdown`).

    Raises RuntimeError, with the screen, when a screen on the way does not come.
    """
    program = PtyProgram([knead, "collar", "--journal", journal], environment)
    program.start()
    try:
        if program.wait_for(lambda screen: "begin" in screen.text(), 5) is None:
            raise RuntimeError(f"knead showed no safety check; the screen was:\n{program.screen_text()}")
        # `n` confirms that none of the contraindications applies when the journal has no answer yet.
        asked = "Do any of these apply to you?" in program.screen_text()
        program.send(b"n" if asked else b"\r")
        for screen_text, key in (("How much does it hurt now?", b"5"), ("step 1 of", None)):
            if program.wait_for(lambda screen, text=screen_text: text in screen.text(), 5) is None:
                raise RuntimeError(f"knead did not show {screen_text!r}; the screen was:\n{program.screen_text()}")
            if key:
                program.send(key)
        time.sleep(seconds_into_step)
        return peak_memory_mb(program.pid), resident_breakdown(program.pid)
    finally:
        quit_knead_session(program)
        program.wait_for_exit(2.0)
        program.stop()
