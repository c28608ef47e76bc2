/// Where the journal file lives.
public enum JournalLocation {
    /// The environment variable that names another journal file.
    public static let environmentVariable = "KNEAD_JOURNAL"

    /// The journal's path: `explicit` (from `--journal`), else `KNEAD_JOURNAL`, else
    /// `$XDG_DATA_HOME/knead/journal.sqlite3`, by default `~/.local/share/knead/journal.sqlite3`;
    /// nil when none of them can be found.
    public static func path(explicit: String?, environment: [String: String]) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let named = environment[environmentVariable], !named.isEmpty { return named }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/knead/journal.sqlite3" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/knead/journal.sqlite3" }
        return nil
    }
}
