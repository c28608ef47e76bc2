import Glibc
import KneadCore
import KneadJournal

/// `knead status --short` before anything else runs: a shell prompt asks it before every
/// command, so it skips the command-line parser, the settings and the routine scripts, and
/// reads only the journal's course rules and latest sessions with one query.
///
/// Anything unusual (no journal, a damaged or locked one, an older one without course rules)
/// prints nothing and exits 0: a prompt must never fill with errors.
enum StatusShortcut {
    /// Whether `arguments` (without the program's name) ask for the short status: `status
    /// --short`, perhaps with `--journal PATH`.
    static func matches(_ arguments: [String]) -> Bool {
        switch arguments.count {
        case 2: arguments == ["status", "--short"]
        case 4: arguments[0] == "status" && arguments[1...].contains("--short") && journalPath(in: arguments) != nil
        default: false
        }
    }

    /// Prints the line when something is due, and nothing otherwise.
    static func run(_ arguments: [String]) {
        var environment: [String: String] = [:]
        for name in [JournalLocation.environmentVariable, "XDG_DATA_HOME", "HOME", "LC_ALL", "LC_MESSAGES", "LANG", CommandClock.variable] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        guard let path = JournalLocation.path(explicit: journalPath(in: arguments), environment: environment),
              access(path, R_OK) == 0,
              let now = CommandClock.now(environment: environment),
              let due = DueRoutines.read(journalAt: path, today: now.day), !due.isEmpty else { return }
        let words = Wording(code: PreferredLanguage.from(environment: environment))
        StandardStream.output.write(words(.statusShort, due.map(VisibleLine.sanitized).joined(separator: ", ")) + "\n")
    }

    /// The value of `--journal PATH` or `--journal=PATH` among `arguments`.
    private static func journalPath(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--journal", index + 1 < arguments.count { return arguments[index + 1] }
        }
        return nil
    }
}
