import Foundation
import Glibc

/// A journal in which the classic neck massage's course has had its 12 sessions, for the
/// course warning's first-key cases; each case runs on a copy of its own.
enum FullCourseJournal {
    /// The routine whose course is full.
    static let routine = "neck-classic"
    /// The most sessions of its course, as its script gives it.
    static let sessions = 12

    /// The prepared journal, made once per test process by that many plain sessions at a
    /// thousand times real time; nil when knead is missing or a session failed.
    static let path: String? = {
        guard let knead = KneadExecutable.path, let folder else { return nil }
        // The folder goes when the test process ends.
        atexit { FullCourseJournal.removeFolder() }
        let journal = folder + "/journal.sqlite3"
        for session in 1...sessions {
            let run = try? ChildProcess.run(
                [knead, "run", routine, "--plain", "--time-scale", "1000", "--journal", journal],
                environment: ["XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder], outputPath: folder + "/plain-\(session).txt"
            )
            guard run?.status == 0 else { return nil }
        }
        return journal
    }()

    /// The folder of the prepared journal.
    private static let folder = ScratchFolder.make(named: "full-course")

    /// Removes the folder of the prepared journal.
    private static func removeFolder() {
        if let folder { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// A copy of the prepared journal in a folder of its own, so that what one case records
    /// (its safety answers) never changes what the next one starts from.
    static func copy() -> String? {
        guard let path, let folder = ScratchFolder.make(named: "course-case") else { return nil }
        let copy = folder + "/journal.sqlite3"
        do {
            try FileManager.default.copyItem(atPath: path, toPath: copy)
        } catch {
            return nil
        }
        return copy
    }
}
