import KneadCore
import Testing
@testable import KneadUI

/// Every key the help describes has its description in both catalogues.
@Suite struct KeyWordingTests {
    private static let actions: [Phrase] = PickerCommand.bindings.map(\.action) + SafetyCheckCommand.bindings.map(\.action)
        + SessionCommand.bindings.map(\.action) + QuitConfirmationCommand.bindings.map(\.action)
        + PainQuestionCommand.bindings.map(\.action) + ItHurtsCommand.bindings.map(\.action)
        + CourseWarningCommand.bindings.map(\.action)

    @Test func everyKeyDescriptionIsInBothCatalogues() {
        for language in DisplayLanguage.allCases {
            let words = Wording(language: language)
            for action in Self.actions {
                #expect(!words[action].isEmpty, "\(action.rawValue) has no \(language) description")
            }
        }
    }

    @Test func theHelpDescribesTheKeysInRussianAndKeepsTheLatinKeys() {
        var screen = Screen(width: 80, height: 40)
        HelpOverlay(sections: PickerFeature().helpSections, theme: Theme(colors: false, words: Wording(language: .russian)))
            .draw(into: &screen, area: Area(of: screen))
        let text = screen.text
        #expect(text.contains("↑, k          предыдущая программа"), "\(text)")
        #expect(text.contains("q, Esc        выйти из knead"), "\(text)")
        #expect(text.contains("Enter, Space  начать сеанс"), "\(text)")
    }
}
