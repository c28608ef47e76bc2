import Foundation

/// Reads a pipe to its end on a background thread, so a chatty child never blocks on a full pipe.
final class ReadInBackground: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything read, as UTF-8 text, once the pipe has closed.
    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
