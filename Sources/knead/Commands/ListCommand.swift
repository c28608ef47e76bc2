import ArgumentParser
import KneadCore

/// `knead list`: the routines a person can run, bundled and their own.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the routines you can run, with zone and total time."
    )

    @Flag(name: .long, help: "Print the list as JSON.")
    var json = false

    func run() throws {
        let environment = CommandEnvironment.current
        let catalog = environment.catalog()
        environment.warn(about: catalog.failures)
        let language = try EffectiveSettings.language(environment: environment)
        if json {
            let items = catalog.entries.map { RoutineSummaryJSON(entry: $0, language: language) }
            print(try JSONText.encode(items))
            return
        }
        let words = Wording(code: language)
        let rows = catalog.entries.map { entry -> [String] in
            let timeline = Timeline(routine: entry.routine)
            let origin = switch entry.origin {
            case .bundled: words[.originBundled]
            case .file: words[.originUser]
            }
            return [
                entry.routine.id,
                entry.routine.title.resolved(for: language),
                entry.routine.zone?.resolved(for: language) ?? "",
                timeline.totalDuration.clockText,
                origin,
            ]
        }
        let header = [words[.cliListName], words[.cliListTitle], words[.cliListZone], words[.cliListTime], words[.cliListFrom]]
        print(TextTable.render(header: header, rows: rows, rightAligned: [3]))
        print(SpecialistOnlyText.render(SpecialistOnlyMethod.all, language: language))
    }
}
