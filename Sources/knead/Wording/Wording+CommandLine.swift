import KneadCore

/// The command line's own phrases, asked for as the screens ask for theirs:
/// `words[.cliForgetNothing]`, `words(.cliForgetForgotOne, 12)`.
extension Wording {
    /// The text of `phrase` in this language.
    subscript(_ phrase: CommandLinePhrase) -> String {
        commandLineCatalogue.text(for: phrase)
    }

    /// The text of `phrase` with each argument in place of `{1}`, `{2}`…
    func callAsFunction(_ phrase: CommandLinePhrase, _ arguments: any CustomStringConvertible...) -> String {
        Self.filling(self[phrase], with: arguments)
    }

    /// The catalogue of the command line's words in this language.
    var commandLineCatalogue: any CommandLineCatalogue.Type {
        switch language {
        case .english: EnglishCommandLineCatalogue.self
        case .russian: RussianCommandLineCatalogue.self
        }
    }
}
