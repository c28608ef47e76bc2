/// Every routine a person can run: the user's own scripts first, then the bundled ones.
///
/// A user's script with the same id as a bundled routine takes its place, so a person can
/// adapt a bundled routine by copying it into their folder.
public struct RoutineCatalog: Sendable {
    /// The routines, the user's first (by file name), then the bundled ones (by file name).
    public private(set) var entries: [CatalogEntry]
    /// The scripts of the user's folder that failed to load.
    public private(set) var failures: [RoutineLoadError]

    /// Loads the bundled scripts and every `*.json` file of `userFolder`, if it exists.
    public init(bundled: [(fileName: String, bytes: [UInt8])], userFolder: String?) {
        var entries: [CatalogEntry] = []
        var failures: [RoutineLoadError] = []
        for path in Self.scriptPaths(in: userFolder) {
            do {
                entries.append(CatalogEntry(routine: try RoutineLoader.load(contentsOf: path), origin: .file(path: path)))
            } catch {
                failures.append(error)
            }
        }
        let userIDs = Set(entries.map(\.routine.id))
        for file in bundled.sorted(by: { $0.fileName < $1.fileName }) {
            do {
                let routine = try RoutineLoader.load(bytes: file.bytes, fileName: file.fileName)
                if !userIDs.contains(routine.id) {
                    entries.append(CatalogEntry(routine: routine, origin: .bundled(fileName: file.fileName)))
                }
            } catch {
                failures.append(error)
            }
        }
        self.entries = entries
        self.failures = failures
    }

    /// knead's folder of the person's own files: `$XDG_CONFIG_HOME/knead`, by default
    /// `~/.config/knead`; nil when neither variable is set.
    public static func configFolder(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/knead"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/knead"
    }

    /// The user's folder of scripts: `sessions` in the config folder, by default
    /// `~/.config/knead/sessions`; nil when neither variable is set.
    public static func userFolder(environment: [String: String]) -> String? {
        configFolder(environment: environment).map { $0 + "/sessions" }
    }

    /// Whether `name` should be read as a file path rather than a routine's name.
    public static func looksLikePath(_ name: String) -> Bool {
        name.contains("/") || name.hasSuffix(".json")
    }

    /// The routine called `name`: a user's script or a bundled routine with that id.
    public func entry(named name: String) -> CatalogEntry? {
        entries.first { $0.routine.id == name }
    }

    /// The ids of every routine, for suggestions in error messages.
    public var names: [String] { entries.map(\.routine.id) }

    private static func scriptPaths(in folder: String?) -> [String] {
        guard let folder, let names = DirectoryListing.names(in: folder) else { return [] }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
    }
}
