/// A box drawn over the current screen that takes the next key.
enum Overlay: Hashable, Sendable {
    /// The list of every key; any key closes it.
    case help
    /// "Quit this session? y/n".
    case quitConfirmation
}
