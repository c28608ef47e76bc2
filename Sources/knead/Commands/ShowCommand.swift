import ArgumentParser
import KneadCore

/// `knead show ROUTINE`: the whole plan of a routine, with its safety and course information.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a routine's plan: every step in order, with its safety and course information."
    )

    @Argument(help: "The routine: a name from `knead list`, the path of a script, or - to read a script from standard input.", completion: RoutineNameCompletion.kind)
    var routine: String

    @Flag(name: .long, help: "Print the plan as JSON.")
    var json = false

    func run() throws {
        let environment = CommandEnvironment.current
        let routine = try routine == "-" ? environment.standardInputRoutine() : environment.routine(named: routine)
        let language = try EffectiveSettings.language(environment: environment)
        if json {
            print(try JSONText.encode(RoutinePlanJSON(routine: routine, language: language)))
        } else {
            print(RoutinePlanText.render(routine, language: language))
        }
    }
}
