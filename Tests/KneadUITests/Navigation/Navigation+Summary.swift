@testable import KneadUI

extension Navigation {
    /// The navigation in a word, with the name of the screen or box it leads to: `push(safetyCheck)`.
    var summary: String {
        switch self {
        case .stay: "stay"
        case .push(let feature): "push(\(feature.name))"
        case .replace(let feature): "replace(\(feature.name))"
        case .back: "back"
        case .home: "home"
        case .openBox(let feature): "openBox(\(feature.name))"
        case .closeBox(nil): "closeBox"
        case .closeBox(.quitConfirmed): "closeBox(quitConfirmed)"
        case .closeBox(.itHurts(let choice, _)): "closeBox(itHurts.\(choice))"
        case .exit(let status): "exit(\(status))"
        }
    }
}
