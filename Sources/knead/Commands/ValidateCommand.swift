import ArgumentParser
import KneadCore

/// `knead validate FILE…`: checks routine scripts and reports every problem found.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check routine scripts; print an ok line for each valid one and every problem of the others.",
        discussion: "Exits with status 1 when any file is invalid or cannot be read."
    )

    @Argument(help: "The script files to check.", completion: .file(extensions: ["json"]))
    var files: [String] = []

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one script file to check") }
    }

    func run() throws {
        var allValid = true
        for file in files {
            do {
                let routine = try RoutineLoader.load(contentsOf: file)
                let timeline = Timeline(routine: routine)
                let steps = timeline.steps.count
                print("\(VisibleLine.sanitized(file)): ok (\(routine.id), \(StepCount.text(steps)), \(timeline.totalDuration.clockText))")
            } catch {
                allValid = false
                printError(VisibleLine.sanitizedLines(error.description))
            }
        }
        if !allValid { throw ExitCode(1) }
    }
}
