import KneadCore
import KneadSessions
@testable import KneadUI

/// What a first key should do to the picker and the safety check, worked out by the app model
/// itself, which the unit tests cover key by key.
///
/// Those screens do not change with time, so the screen the model draws after the key is the
/// screen the terminal must show, cell for cell.
enum FirstKeyOracle {
    /// What the terminal should show after the key.
    enum Outcome: Equatable {
        /// knead exits with this status.
        case exit(Int32)
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
        return .screen(model.render(width: width, height: height, at: instant).text)
    }

    /// The app as `knead run` builds it for the screen, in the tests' environment (no scripts
    /// of the user's, the C locale).
    private static func model(for screen: FirstKeyScreen) -> AppModel {
        let catalog = RoutineCatalog(bundled: BundledRoutineFiles.all, userFolder: nil)
        let options = AppOptions(language: PreferredLanguage.from(environment: ["LANG": "C.UTF-8"]), colors: true)
        if let name = screen.routine, let entry = catalog.entry(named: name) {
            return AppModel(routines: [entry.routine], start: .routine(0), options: options)
        }
        var picker = AppModel(routines: catalog.entries.map(\.routine), start: .picker, options: options)
        picker.specialistOnly = SpecialistOnlyMethod.all
        return picker
    }

    /// A captured screen in the oracle's form: each row's trailing blanks removed.
    static func normalized(_ capture: String) -> String {
        var rows = capture.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }
        if rows.last == "" { rows.removeLast() }
        return rows.joined(separator: "\n")
    }
}
