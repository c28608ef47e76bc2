import CNcurses

/// Whether the terminal `TERM` names can draw the full screen, asked before anything is drawn.
///
/// A terminal description must be found for `TERM` and must be able to move the cursor
/// anywhere; `TERM=dumb`, an unknown name or no `TERM` at all fail. Nothing is written to the
/// terminal, and the full screen set up afterwards starts afresh.
public enum FullScreenCapability {
    /// Whether the terminal on standard output can show knead's full screen.
    public static func terminalCanDrawFullScreen() -> Bool {
        knead_terminal_can_draw_full_screen() != 0
    }
}
