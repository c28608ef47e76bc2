import ArgumentParser

/// The exit statuses of knead beyond success (0), an invalid script (1) and a usage error (64).
extension ExitCode {
    /// The status of a request to run a method knead lists but never runs (69, EX_UNAVAILABLE).
    static let specialistOnly = ExitCode(69)
    /// The status of `knead new` when its file exists already or cannot be written (73, EX_CANTCREAT).
    static let cannotCreate = ExitCode(73)
}
