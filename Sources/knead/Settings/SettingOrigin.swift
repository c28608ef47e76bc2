/// Where a setting in force came from.
enum SettingOrigin: Hashable, CustomStringConvertible {
    /// knead's own default.
    case byDefault
    /// An environment variable, such as `LANG` or `NO_COLOR`.
    case environment(String)
    /// The settings file.
    case file(String)
    /// A command-line option, such as `--voice`.
    case option(String)

    var description: String {
        switch self {
        case .byDefault: "default"
        case .environment(let name): "environment \(name)"
        case .file(let path): "file \(path)"
        case .option(let name): "option \(name)"
        }
    }
}
