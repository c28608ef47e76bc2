/// Finds the language the user reads, from the locale variables of the environment.
public enum PreferredLanguage {
    /// The language code from `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set), such as
    /// `ru_RU` for `ru_RU.UTF-8`; nil when none is set or the locale is `C` or `POSIX`.
    public static func from(environment: [String: String]) -> String? {
        let value = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let value else { return nil }
        let code = String(value.prefix { $0 != "." && $0 != "@" })
        return code.isEmpty || code == "C" || code == "POSIX" ? nil : code
    }
}
