import ArgumentParser

/// Shell completion of a routine's name: every routine of the catalog, bundled and the person's own.
enum RoutineNameCompletion {
    /// The completion for an argument or option that takes a routine's name.
    static let kind = CompletionKind.custom { _, _, prefix in
        names(startingWith: prefix, environment: .current)
    }

    /// The names of the catalog's routines that start with `prefix`, in the catalog's order.
    static func names(startingWith prefix: String, environment: CommandEnvironment) -> [String] {
        environment.catalog().names.filter { $0.hasPrefix(prefix) }
    }
}
