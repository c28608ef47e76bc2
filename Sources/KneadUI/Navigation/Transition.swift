/// What a feature asks for after an input: where to go, what the shell carries out, and what
/// the app's copy of the journal learns.
struct Transition: Sendable {
    /// Where the app goes.
    var navigation: Navigation
    /// What the shell carries out, in order: speech, cues, journal entries.
    var commands: [AppCommand]
    /// What the app's copy of the journal learns, so that later screens are current.
    var notes: [JournalNote]

    init(_ navigation: Navigation = .stay, commands: [AppCommand] = [], notes: [JournalNote] = []) {
        self.navigation = navigation
        self.commands = commands
        self.notes = notes
    }

    /// Nothing changes but what `commands` ask of the shell.
    static func stay(_ commands: [AppCommand] = []) -> Transition {
        Transition(.stay, commands: commands)
    }

    /// The transition with `commands` carried out before its own.
    func after(_ commands: [AppCommand]) -> Transition {
        Transition(navigation, commands: commands + self.commands, notes: notes)
    }
}
