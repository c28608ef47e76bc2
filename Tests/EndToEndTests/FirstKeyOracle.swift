import Foundation
import KneadCore
import KneadJournal
import KneadSessions
@testable import KneadUI

/// What a first key should do to the screens that do not change with time (the picker, the
/// safety check, the course warning, the pain questions), worked out by the app model itself, which the unit tests
/// cover key by key.
///
/// The screen the model draws after the key is the screen the terminal must show, cell for
/// cell; a key that begins a session (whose clock runs) is checked by the session's header.
enum FirstKeyOracle {
    /// What the terminal should show after the key.
    enum Outcome: Equatable {
        /// knead exits with this status.
        case exit(Int32)
        /// A session is under way.
        case session
        /// The screen shows exactly these rows (trailing blanks removed).
        case screen(String)
    }

    /// The outcome of pressing `keys` in order on `screen`, after its starting keys.
    static func outcome(of keys: [Key], on screen: FirstKeyScreen) -> Outcome {
        var model = model(for: screen)
        let (width, height) = screen.size
        model.resize(width: width, height: height)
        let instant = Instant(sinceOrigin: .zero)
        for key in screen.startingKeys + keys {
            for command in model.handle(.key(key, at: instant)) {
                if case .exit(let status) = command { return .exit(status) }
            }
        }
        if model.screenName.hasPrefix("session") { return .session }
        return .screen(model.render(width: width, height: height, at: instant).text)
    }

    /// The app as `knead run` builds it for the screen, in the tests' environment: no scripts
    /// of the user's, the C locale, and an empty journal.
    private static func model(for screen: FirstKeyScreen) -> AppModel {
        let catalog = RoutineCatalog(bundled: BundledRoutineFiles.all, userFolder: nil)
        let options = AppOptions(language: PreferredLanguage.from(environment: ["LANG": "C.UTF-8"]), colors: true)
        let routines = screen.routine.flatMap { catalog.entry(named: $0) }.map { [$0.routine] } ?? catalog.entries.map(\.routine)
        var model = AppModel(
            routines: routines, start: screen.routine == nil ? .picker : .routine(routines[0].id), options: options,
            journal: screen == .courseWarning ? journalFacts(for: routines, in: FullCourseJournal.path) : emptyJournalFacts(for: routines)
        )
        if screen.routine == nil { model.specialistOnly = SpecialistOnlyMethod.all }
        return model
    }

    /// What the journal at `path` says of each routine today; nothing when there is none.
    private static func journalFacts(for routines: [Routine], in path: String?) -> [String: RoutineJournalFacts] {
        guard let path else { return [:] }
        return SessionRecorder.open(path: path).journal?.facts(for: routines, today: WallClock.now().day) ?? [:]
    }

    /// What a new, empty journal says of each routine today.
    private static func emptyJournalFacts(for routines: [Routine]) -> [String: RoutineJournalFacts] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knead-oracle-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return journalFacts(for: routines, in: folder.appendingPathComponent("journal.sqlite3").path)
    }

    /// A captured screen in the oracle's form: each row's trailing blanks removed.
    static func normalized(_ capture: String) -> String {
        var rows = capture.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }
        if rows.last == "" { rows.removeLast() }
        return rows.joined(separator: "\n")
    }
}
