import Testing
@testable import KneadUI

/// Key names for `--start-keys`: every named key reads back as itself.
struct KeyNameTests {
    @Test func everyKeyOfEveryTableWithANameReadsBackAsItself() {
        let tables: [[Key]] = [
            PickerCommand.bindings.flatMap(\.keys), SafetyCheckCommand.bindings.flatMap(\.keys),
            SessionCommand.bindings.flatMap(\.keys), QuitConfirmationCommand.bindings.flatMap(\.keys),
            ItHurtsCommand.bindings.flatMap(\.keys), CourseWarningCommand.bindings.flatMap(\.keys), [.tab, .backspace],
        ]
        for key in tables.joined() {
            let name = try? #require(KeyName.name(of: key), "\(key) has no name")
            #expect(name.flatMap(KeyName.key(named:)) == key, "\(key) named \(name ?? "nothing")")
        }
    }

    @Test func aListOfNamesGivesItsKeysInOrderAndAnUnknownNameNone() {
        #expect(KeyName.keys(inList: "enter,s,space,pgdn,q") == [.enter, .character("s"), .character(" "), .pageDown, .character("q")])
        #expect(KeyName.keys(inList: "enter,bogus") == nil)
    }
}
