/// How a plain run ends when its session does not run to its end: the exit status to give.
struct PlainRunEnding: Error {
    /// The process's exit status: 75 when the session was not started for safety, 128 + the signal that ended it.
    let status: Int32
}
