/// A heading and the keys under it, as the help box lists them.
struct KeySection: Sendable {
    /// The catalogue key of the heading, such as `help.picker`.
    let heading: String
    /// One row per command: its keys and the catalogue key of what it does.
    let rows: [(label: String, action: String)]

    init<Command>(heading: String, bindings: [KeyBinding<Command>]) {
        self.heading = heading
        rows = bindings.map { (label: $0.label, action: $0.action) }
    }
}
