import Glibc
import KneadCore
import KneadJournal

/// `knead status --short` before anything else runs: a shell prompt asks it before every
/// command, so it skips the command-line parser, the settings and the routine scripts, and
/// reads only the journal's course rules and the latest sessions that decide them.
///
/// Anything unusual (no journal, a damaged or locked one, an older one without course rules)
/// prints nothing and exits 0: a prompt must never fill with errors.
///
/// Its path is kept free of what makes the Swift runtime search its tables at run time (a
/// dictionary, `print`, generic string joining and searching): the first such search reads all
/// of the binary's 4,000 protocol conformances, a tenth of a millisecond or more of a prompt's
/// three; see docs/performance.md.
enum StatusShortcut {
    /// Prints the line when something is due, and nothing otherwise.
    static func run(_ request: ShortStatusRequest) {
        guard let path = JournalLocation.path(explicit: request.journalPath, value: environmentValue),
              access(path, R_OK) == 0,
              let now = CommandClock.now(value: environmentValue),
              let due = DueRoutines.read(journalAt: path, today: now.day), !due.isEmpty else { return }
        let words = Wording(code: PreferredLanguage.from(value: environmentValue))
        StandardStream.output.write(line(words[.statusShort], naming: due.map(VisibleLine.sanitized)) + "\n")
    }

    /// `template` with the `routines`, separated by commas, in place of each `{1}`: what the
    /// wording's filling of a phrase gives, done on bytes, as a generic join or search would
    /// have the runtime look up conformances first.
    static func line(_ template: String, naming routines: [String]) -> String {
        var names: [UInt8] = []
        for (index, routine) in routines.enumerated() {
            if index > 0 { names += ", ".utf8 }
            names += routine.utf8
        }
        let marker = Array("{1}".utf8)
        var rest = Array(template.utf8)[...]
        var line: [UInt8] = []
        while !rest.isEmpty {
            if rest.starts(with: marker) {
                line += names
                rest = rest.dropFirst(marker.count)
            } else {
                line.append(rest.removeFirst())
            }
        }
        return String(decoding: line, as: UTF8.self)
    }

    /// The value of the environment variable `name`, read from the process's environment.
    private static func environmentValue(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
