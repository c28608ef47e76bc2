import KneadCore

/// The lines `knead list` prints under its table about the methods knead never runs.
enum SpecialistOnlyText {
    /// A blank line, a heading, and for each method its name, title and what it is, indented.
    static func render(_ methods: [SpecialistOnlyMethod], language: String?) -> String {
        guard !methods.isEmpty else { return "" }
        var lines = ["", Wording(code: language)[.cliSpecialistOnly]]
        for method in methods {
            lines.append("  \(method.id): \(method.title.resolved(for: language))")
            lines.append("    \(method.summary.resolved(for: language))")
            lines.append("    \(method.reason.resolved(for: language))")
        }
        return lines.joined(separator: "\n")
    }
}
