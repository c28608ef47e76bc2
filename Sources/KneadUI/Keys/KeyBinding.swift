import KneadCore

/// The keys that give one command, with the words the help overlay shows for them.
struct KeyBinding<Command: Sendable>: Sendable {
    /// Every key that gives the command.
    let keys: [Key]
    /// How the keys are written in the help, such as `Space, p`.
    let label: String
    /// What the command does, such as `.keyPauseOrResume` ("pause or resume").
    let action: Phrase
    /// The command the keys give.
    let command: Command
}

extension Array {
    /// The command bound to `key`, if any.
    func command<Command>(for key: Key) -> Command? where Element == KeyBinding<Command> {
        first { $0.keys.contains(key) }?.command
    }

    /// The key a screen's one-line hint names for `command`: the first its label lists, such
    /// as `n` of `n, Esc`; empty when no key gives the command.
    func hintKey<Command: Equatable>(for command: Command) -> String where Element == KeyBinding<Command> {
        let label = first { $0.command == command }?.label ?? ""
        return String(label.split(separator: ", ").first ?? "")
    }
}

extension Key {
    /// The keys of the digits `1` to `9`, which choose a routine by its number.
    static let routineNumbers: [Key] = (1...9).map { .character(Character(String($0))) }
}
