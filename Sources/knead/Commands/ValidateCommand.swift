import ArgumentParser
import KneadCore

/// `knead validate FILE…`: checks routine scripts and reports every problem found.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check routine scripts; print an ok line for each valid one and every problem of the others.",
        discussion: """
            Exits with status 1 when any file is invalid or cannot be read. A script is read only \
            from a regular file of at most 4 MiB, or from standard input when FILE is -.
            """
    )

    @Argument(help: "The script files to check; - reads one from standard input.", completion: .file(extensions: ["json"]))
    var files: [String] = []

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one script file to check") }
    }

    func run() throws {
        var allValid = true
        for file in files {
            do {
                let routine = try file == "-" ? RoutineLoader.loadStandardInput() : RoutineLoader.load(contentsOf: file)
                let timeline = Timeline(routine: routine)
                let steps = timeline.steps.count
                let name = file == "-" ? RoutineLoader.standardInputName : file
                print("\(VisibleLine.sanitized(name)): ok (\(routine.id), \(StepCount.text(steps, in: .english)), \(timeline.totalDuration.clockText))")
            } catch {
                allValid = false
                printError(VisibleLine.sanitizedLines(error.description))
            }
        }
        if !allValid { throw ExitCode(1) }
    }
}
