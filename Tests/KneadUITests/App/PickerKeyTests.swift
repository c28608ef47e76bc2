import Testing
import KneadCore
import KneadUI

/// The keys of the list of routines.
@Suite struct PickerKeyTests {
    private func press(_ keys: Key..., on model: inout AppModel) -> [AppCommand] {
        keys.flatMap { model.handle(.key($0, at: .seconds(1))) }
    }

    @Test func downAndJMoveTheSelectionDownAndStopAtTheLastRoutine() {
        var model = Scene.app([])
        _ = press(.down, on: &model)
        #expect(model.pickerSelection == 1)
        _ = press(.character("j"), .down, on: &model)
        #expect(model.pickerSelection == 1)
    }

    @Test func upAndKMoveTheSelectionUpAndStopAtTheFirstRoutine() {
        var model = Scene.app([])
        _ = press(.down, .up, on: &model)
        #expect(model.pickerSelection == 0)
        _ = press(.down, .character("k"), .character("k"), on: &model)
        #expect(model.pickerSelection == 0)
    }

    @Test func enterOpensTheSafetyCheckOfTheSelectedRoutine() {
        var model = Scene.app([])
        _ = press(.down, .enter, on: &model)
        #expect(model.screenName == "safetyCheck")
        #expect(model.render(width: 80, height: 24, at: .seconds(1)).lines[0].contains("Lower back"))
    }

    @Test func aNumberOpensThatRoutineAndANumberWithoutARoutineDoesNothing() {
        var model = Scene.app([])
        _ = press(.character("9"), on: &model)
        #expect(model.screenName == "picker")
        _ = press(.character("2"), on: &model)
        #expect(model.screenName == "safetyCheck")
        #expect(model.pickerSelection == 1)
    }

    @Test func qAndEscapeQuitWithStatusZero() {
        var model = Scene.app([])
        #expect(press(.character("q"), on: &model) == [.exit(status: 0)])
        #expect(press(.escape, on: &model) == [.exit(status: 0)])
    }

    @Test func questionMarkOpensTheHelpAndAnyKeyClosesItWithoutActing() {
        var model = Scene.app([])
        _ = press(.character("?"), on: &model)
        #expect(model.screenName == "picker+help")
        #expect(press(.character("q"), on: &model) == [])
        #expect(model.screenName == "picker")
    }

    @Test func otherKeysAreIgnored() {
        var model = Scene.app([])
        #expect(press(.character("x"), .tab, .other(410), .backspace, on: &model) == [])
        #expect(model.screenName == "picker")
    }

    @Test func anEmptyListSaysSoAndIgnoresEnter() {
        var model = Scene.app([], routines: [])
        _ = press(.enter, .down, .character("1"), on: &model)
        #expect(model.screenName == "picker")
        expectScreen(model.render(width: 30, height: 6, at: .seconds(1)), """
             knead · choose a routine
             ────────────────────────────
             No routines found.


             Enter: open · q: quit
            """)
    }

    @Test func aStartRoutineTheAppDoesNotHaveOpensThePicker() {
        let model = Scene.app([], start: .routine("no-such-routine"))
        #expect(model.screenName == "picker")
        #expect(model.startedFromPicker)
    }
}
