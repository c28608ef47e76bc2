/// A program that speaks a sentence given as its last argument, and how to pick its voice.
public struct SpeakerProgram: Hashable, Sendable {
    /// How the program takes the language to speak in.
    public enum Kind: Hashable, Sendable {
        /// espeak-ng or espeak: `-v LANGUAGE`.
        case espeak
        /// macOS `say`: `-v VOICE` for a language other than English.
        case say
        /// A program named with `--voice-command`: only the environment variable.
        case custom
    }

    /// The environment variable that tells the program the language of the sentence.
    public static let languageVariable = "KNEAD_VOICE_LANGUAGE"

    /// The program's path, or a name looked up in PATH.
    public var executable: String
    /// The arguments that come before the sentence, besides the language's.
    public var arguments: [String]
    /// How the language is passed.
    public var kind: Kind

    public init(executable: String, arguments: [String] = [], kind: Kind) {
        self.executable = executable
        self.arguments = arguments
        self.kind = kind
    }

    /// The whole argument list to say `text` in `language`, the program's name first.
    public func commandLine(saying text: String, language: String) -> [String] {
        [executable] + arguments + voiceArguments(for: language) + [text]
    }

    /// The arguments that choose a voice of `language`.
    ///
    /// espeak-ng must always be told: its default voice spells Cyrillic letter by letter.
    /// `say` speaks English by default and takes a voice's name, not a language.
    func voiceArguments(for language: String) -> [String] {
        switch kind {
        case .espeak: ["-v", language]
        case .say: Self.sayVoices[language].map { ["-v", $0] } ?? []
        case .custom: []
        }
    }

    /// The voices of macOS `say` for the languages other than English that routines come in.
    static let sayVoices = ["ru": "Milena"]

    /// The program's name without its folder, for messages.
    public var name: String {
        executable.split(separator: "/").last.map(String.init) ?? executable
    }
}
