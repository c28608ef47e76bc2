/// How a plain run ends when its session does not run to its end: the exit status to give.
struct PlainRunEnding: Error {
    /// The process's exit status: 1 when the session could not begin, 128 + the signal that ended it.
    let status: Int32
}
