/// Where the journal file lives.
public enum JournalLocation {
    /// The environment variable that names another journal file.
    public static let environmentVariable = "KNEAD_JOURNAL"

    /// The journal's path: `explicit` (from `--journal`), else `KNEAD_JOURNAL`, else
    /// `$XDG_DATA_HOME/knead/journal.sqlite3`, by default `~/.local/share/knead/journal.sqlite3`;
    /// nil when none of them can be found.
    public static func path(explicit: String?, environment: [String: String]) -> String? {
        path(explicit: explicit) { environment[$0] }
    }

    /// The journal's path as `path(explicit:environment:)` finds it, each variable's value
    /// given by `value` (a shell prompt's quick answer reads them one by one, with no dictionary).
    public static func path(explicit: String?, value: (String) -> String?) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let named = value(environmentVariable), !named.isEmpty { return named }
        if let data = value("XDG_DATA_HOME"), data.hasPrefix("/") { return data + "/knead/journal.sqlite3" }
        if let home = value("HOME"), !home.isEmpty { return home + "/.local/share/knead/journal.sqlite3" }
        return nil
    }
}
