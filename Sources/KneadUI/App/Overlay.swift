/// A box drawn over the current screen that takes the next key.
enum Overlay: Hashable, Sendable {
    /// The list of every key; any key closes it.
    case help
    /// "Quit this session? y/n".
    case quitConfirmation
    /// "It hurts": ease off, and the ways on.
    case itHurts(ItHurtsBox)

    /// The box's name in `AppModel.screenName`.
    var name: String {
        switch self {
        case .help: "help"
        case .quitConfirmation: "quitConfirmation"
        case .itHurts: "itHurts"
        }
    }
}
