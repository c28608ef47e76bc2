/// Finds the language the user reads, from the locale variables of the environment.
public enum PreferredLanguage {
    /// The language code from `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set), such as
    /// `ru_RU` for `ru_RU.UTF-8`; nil when none is set or the locale is `C` or `POSIX`.
    public static func from(environment: [String: String]) -> String? {
        guard let value = variable(in: environment).flatMap({ environment[$0] }) else { return nil }
        let code = String(value.prefix { $0 != "." && $0 != "@" })
        return code.isEmpty || code == "C" || code == "POSIX" ? nil : code
    }

    /// The variable the language is read from: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty.
    public static func variable(in environment: [String: String]) -> String? {
        ["LC_ALL", "LC_MESSAGES", "LANG"].first { !(environment[$0] ?? "").isEmpty }
    }
}
