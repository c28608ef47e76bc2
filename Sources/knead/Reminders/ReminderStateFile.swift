import Glibc
import KneadCore
import KneadJournal

/// Where reminders keep their small state: `$XDG_STATE_HOME/knead/reminders.json`, by default
/// `~/.local/state/knead/reminders.json`, apart from the journal. It is replaced whole on
/// each write, through a new file renamed into place.
enum ReminderStateFile {
    /// The file's path; nil when neither `XDG_STATE_HOME` nor `HOME` is set.
    static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/knead/reminders.json" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/state/knead/reminders.json" }
        return nil
    }

    /// The state in the file, or an empty one when there is none or it cannot be read.
    static func read(at path: String) -> ReminderState {
        guard let file = fopen(path, "r") else { return ReminderState() }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 1 << 20 {
            let count = fread(&buffer, 1, buffer.count, file)
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        return ReminderState(fileBytes: bytes)
    }

    /// Writes `state` to `path`; the reason when it could not.
    static func write(_ state: ReminderState, to path: String) -> String? {
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !folder.isEmpty, let reason = FileSystem.makeFolders(folder) { return reason }
        let temporary = path + ".new"
        guard let file = fopen(temporary, "w") else { return String(cString: strerror(errno)) }
        let written = fputs(state.fileText, file) >= 0
        guard fclose(file) == 0, written, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return reason
        }
        return nil
    }
}
