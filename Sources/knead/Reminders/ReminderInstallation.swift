import ArgumentParser
import KneadCore

/// `knead remind --install` and `--uninstall`: the timer's files, and turning it on or off when
/// a user manager answers.
struct ReminderInstallation {
    var environment: CommandEnvironment
    var words: Wording

    func run(install: Bool, at minutes: Int) throws {
        guard let folder = ReminderUnits.folder(environment: environment.variables) else {
            throw environment.usageError(words[.cliRemindNoConfigFolder])
        }
        let manager = ChildProgram.isOnPath("systemctl", environment: environment.variables)
            && ChildProgram.run(["systemctl", "--user", "show-environment"]) == 0
        if install {
            guard let knead = ReminderUnits.runningExecutable() else { throw environment.usageError(words[.cliRemindNoExecutable]) }
            if let reason = ReminderUnits.write(into: folder, knead: knead, at: minutes) {
                printError(words(.cliError, reason))
                throw ExitCode.cannotCreate
            }
            print(words(.cliRemindInstalled, folder, ReminderSettings.clockText(minutes)))
            if manager, ChildProgram.run(["systemctl", "--user", "daemon-reload"]) == 0,
               ChildProgram.run(["systemctl", "--user", "enable", "--now", ReminderUnits.timerName]) == 0 {
                print(words[.cliRemindEnabled])
            } else {
                print(words(.cliRemindEnableYourself, ReminderUnits.enableLine))
            }
        } else {
            if manager { _ = ChildProgram.run(["systemctl", "--user", "disable", "--now", ReminderUnits.timerName]) }
            let removed = ReminderUnits.remove(from: folder)
            if manager { _ = ChildProgram.run(["systemctl", "--user", "daemon-reload"]) }
            print(removed.isEmpty ? words(.cliRemindNothingInstalled, folder) : words(.cliRemindRemoved, folder))
        }
    }
}
