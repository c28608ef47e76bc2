import KneadUI

/// How the interactive shell uses the terminal: colours, bell, and the speed of its clock.
public struct TerminalOptions: Hashable, Sendable {
    /// Whether to draw in colour (only when the terminal has colours too).
    public var colors: Bool
    /// How many times faster than real time the session clock runs; 1 is real time.
    ///
    /// A hidden option for tests: at 20, a 30-second step lasts 1.5 seconds.
    public var timeScale: Double
    /// Whether to ring the terminal bell when a step starts and on its last three seconds.
    public var bell: Bool
    /// Keys handed to the app before the first screen is drawn, as if pressed then.
    ///
    /// A hidden option for tests, which use it to open a screen (the session, the help, the
    /// quit question) without a key going through the terminal first.
    public var startingKeys: [Key]
    /// The step (counting from 1) at whose start knead stops with a runtime trap, or nil.
    ///
    /// A hidden option for tests of the crash handler: a deliberate crash mid-session.
    public var trapAtStep: Int?

    /// Creates options; a time scale that is not a positive finite number counts as 1.
    public init(colors: Bool = true, timeScale: Double = 1, bell: Bool = false, startingKeys: [Key] = [], trapAtStep: Int? = nil) {
        self.colors = colors
        self.timeScale = timeScale.isFinite && timeScale > 0 ? timeScale : 1
        self.bell = bell
        self.startingKeys = startingKeys
        self.trapAtStep = trapAtStep
    }
}
