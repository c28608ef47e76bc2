import Foundation
import Glibc
import KneadCore
@testable import KneadJournal

/// Temporary journals and literal sessions for the journal's tests.
enum JournalFixtures {
    /// A fresh temporary folder; the caller removes it with `removeFolder`.
    static func temporaryFolder() -> String {
        var template = Array("/tmp/knead-journal-test-XXXXXX".utf8CString)
        return String(cString: mkdtemp(&template)!)
    }

    /// Removes `folder` and everything in it.
    static func removeFolder(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// 30 Nov 2026, 09:05 at UTC+3.
    static let morning = LocalTime(unixSeconds: 1_796_018_700, utcOffsetSeconds: 3 * 3600)

    /// `morning` plus `seconds`.
    static func later(_ seconds: Int64) -> LocalTime {
        LocalTime(unixSeconds: morning.unixSeconds + seconds, utcOffsetSeconds: morning.utcOffsetSeconds)
    }

    /// The start of a five-step session of `routine`.
    static func start(routine: String = "collar", painBefore: Int? = 6, overridden: Bool = false) -> SessionStartRecord {
        SessionStartRecord(
            routineID: routine, routineTitle: "Collar zone", stepNames: ["Stroking", "Kneading (left)", "Get ready", "Kneading (right)", "Rest"],
            painBefore: painBefore, options: ["bell": "on", "language": "ru"], courseLimitOverridden: overridden
        )
    }

    /// The bytes of the file at `path`.
    static func contents(of path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
    }

    /// Writes `bytes` to `path`, replacing it.
    static func write(_ bytes: [UInt8], to path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }

    /// The names in `folder`, sorted.
    static func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
}
