import KneadCore

/// A heading and the keys under it, as the help box lists them.
struct KeySection: Sendable {
    /// The heading, such as `.helpPicker`.
    let heading: Phrase
    /// One row per command: its keys and what it does.
    let rows: [(label: String, action: Phrase)]

    init<Command>(heading: Phrase, bindings: [KeyBinding<Command>]) {
        self.heading = heading
        rows = bindings.map { (label: $0.label, action: $0.action) }
    }
}
