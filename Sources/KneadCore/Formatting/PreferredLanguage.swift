/// Finds the language the user reads, from the locale variables of the environment.
public enum PreferredLanguage {
    /// The language code from `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set), such as
    /// `ru_RU` for `ru_RU.UTF-8`; nil when none is set or the locale is `C` or `POSIX`.
    public static func from(environment: [String: String]) -> String? {
        from { environment[$0] }
    }

    /// The language code as `from(environment:)` reads it, each variable's value given by
    /// `value` (a shell prompt's quick answer reads them one by one, with no dictionary).
    public static func from(value: (String) -> String?) -> String? {
        guard let name = variable(value: value), let text = value(name) else { return nil }
        let code = String(text.prefix { $0 != "." && $0 != "@" })
        return code.isEmpty || code == "C" || code == "POSIX" ? nil : code
    }

    /// The variable the language is read from: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty.
    public static func variable(in environment: [String: String]) -> String? {
        variable { environment[$0] }
    }

    /// The variable the language is read from, each variable's value given by `value`.
    private static func variable(value: (String) -> String?) -> String? {
        ["LC_ALL", "LC_MESSAGES", "LANG"].first { !(value($0) ?? "").isEmpty }
    }
}
