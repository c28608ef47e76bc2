import KneadCore
@testable import KneadUI

/// A box that exists only in the tests: `y` closes it saying the quit was confirmed, any other key closes it.
struct FarewellBoxFeature: Feature {
    var name: String { "farewell" }

    var helpSections: [KeySection] { [] }

    mutating func handle(_ input: FeatureInput, in context: AppContext) -> Transition {
        guard case .key(let key, _) = input else { return .stay() }
        return Transition(.closeBox(key == .character("y") ? .quitConfirmed : nil))
    }

    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant) {
        screen.write("[bye]", row: area.row + area.height / 2, column: area.column + 2)
    }
}
