import KneadCore

/// Where a setting in force came from.
enum SettingOrigin: Hashable {
    /// knead's own default.
    case byDefault
    /// An environment variable, such as `LANG` or `NO_COLOR`.
    case environment(String)
    /// The settings file.
    case file(String)
    /// A command-line option, such as `--voice`.
    case option(String)

    /// Where the setting came from, in the language of `words`: `environment LANG`; «переменная LANG».
    func text(in words: Wording) -> String {
        switch self {
        case .byDefault: words[.originDefault]
        case .environment(let name): words(.originEnvironment, name)
        case .file(let path): words(.originFile, path)
        case .option(let name): words(.originOption, name)
        }
    }
}
