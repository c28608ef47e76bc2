import Testing
@testable import KneadUI

/// Letter keys work at the same place on the Russian ЙЦУКЕН keyboard, without a clash.
struct RussianKeyboardLayoutTests {
    /// The Cyrillic letter on the same key as each Latin letter, lowercase.
    private static let cyrillicByLatin: [Character: Character] = Dictionary(
        uniqueKeysWithValues: RussianKeyboardLayout.latinByCyrillic.map { ($1, $0) }
    )

    @Test func eachCyrillicLetterStandsForTheLatinLetterOnItsKey() {
        let pairs: [(Character, Character)] = [
            ("з", "p"), ("т", "n"), ("и", "b"), ("к", "r"), ("й", "q"), ("р", "h"), ("о", "j"), ("л", "k"),
            ("н", "y"), ("Н", "Y"), ("Т", "N"), ("З", "P"), (",", "?"),
        ]
        for (cyrillic, latin) in pairs {
            #expect(RussianKeyboardLayout.latinKey(for: .character(cyrillic)) == .character(latin), "\(cyrillic)")
        }
    }

    @Test func otherKeysStayAsTheyAre() {
        for key: Key in [.character("p"), .character(" "), .character("+"), .character("ж"), .up, .escape, .enter, .pageDown] {
            #expect(RussianKeyboardLayout.latinKey(for: key) == key)
        }
    }

    @Test func theMappingIsOneToOne() {
        let latin = Array(RussianKeyboardLayout.latinByCyrillic.values)
        #expect(Set(latin).count == latin.count, "two Cyrillic keys stand for the same Latin key")
    }

    /// Every letter of every key table has a Cyrillic twin that gives the same command, and no
    /// table binds a Cyrillic letter to anything else.
    @Test func everyTableWorksInTheRussianLayoutWithoutAClash() {
        func check<Command: Equatable>(_ bindings: [KeyBinding<Command>], _ table: String) {
            let boundKeys = bindings.flatMap(\.keys)
            for key in boundKeys {
                guard case .character(let character) = key, character.isLetter else { continue }
                let lowercase = Character(character.lowercased())
                guard let twin = Self.cyrillicByLatin[lowercase] else {
                    Issue.record("\(table): \(character) has no key on the Russian layout")
                    continue
                }
                let cyrillic: Character = character.isUppercase ? Character(twin.uppercased()) : twin
                #expect(!boundKeys.contains(.character(cyrillic)), "\(table) binds \(cyrillic) itself")
                #expect(
                    bindings.command(for: RussianKeyboardLayout.latinKey(for: .character(cyrillic))) == bindings.command(for: key),
                    "\(table): \(cyrillic) does not do what \(character) does"
                )
            }
        }
        check(PickerCommand.bindings, "picker")
        check(SafetyCheckCommand.bindings, "safety check")
        check(SessionCommand.bindings, "session")
        check(QuitConfirmationCommand.bindings, "quit question")
        check(PainQuestionCommand.bindings, "pain question")
        check(CourseWarningCommand.bindings, "course warning")
        check(ItHurtsCommand.bindings, "it hurts box")
    }
}
