import KneadCore
import Testing
@testable import KneadUI

/// The methods the picker names for information only, under the routines.
@Suite struct PickerSpecialistOnlyTests {
    func picker(language: String? = nil) -> AppModel {
        var model = AppModel(routines: TestRoutines.all, start: .picker, options: AppOptions(language: language))
        model.specialistOnly = SpecialistOnlyMethod.all
        return model
    }

    @Test func theInformationFollowsTheRoutinesAt80x24() {
        expectScreen(picker().render(width: 80, height: 24, at: .seconds(0)), """
             knead · choose a routine
             ──────────────────────────────────────────────────────────────────────────────
             1 Neck ease                                                        neck · 1:30
               Loosens a stiff neck after a day at the desk.
             2 Lower back                                                 lower back · 0:45
               A short warm-up for the lower back.

             For information only, not run by knead:
               Segmental-reflex massage: Acts through the nervous system's reflexes on
               blood flow and the nourishment of tissues; which zones to work for the neck
               is for a specialist to choose. It is for specialists only and cannot be done
               at home, so knead does not run it. Ask a doctor or a certified massage
               therapist.










             ↑↓: choose · Enter: open · c: calendar · ?: help · q: quit
            """)
    }

    @Test func theInformationIsInRussianForARussianReader() {
        let lines = picker(language: "ru_RU").render(width: 80, height: 24, at: .seconds(0)).lines
        #expect(lines.contains { $0.contains("Сегментарно-рефлекторный массаж: Действует через рефлексы") }, "\(lines.joined(separator: "\n"))")
    }

    @Test func theInformationInRussianAt80x24() {
        var model = AppModel(routines: RussianTestRoutines.all, start: .picker, options: AppOptions(language: "ru_RU"))
        model.specialistOnly = SpecialistOnlyMethod.all
        expectScreen(model.render(width: 80, height: 24, at: .seconds(0)), """
             knead · выберите программу
             ──────────────────────────────────────────────────────────────────────────────
             1 Шея                                                               шея · 1:30
               Снимает скованность шеи после дня за столом.
             2 Поясница                                                     поясница · 0:45
               Короткая разминка для поясницы.

             Только для сведения, knead это не проводит:
               Сегментарно-рефлекторный массаж: Действует через рефлексы вегетативной
               нервной системы на кровообращение и питание тканей; зоны воздействия для
               шейного отдела подбирает специалист. Это работа только для специалиста: дома
               такой массаж невозможен, поэтому knead его не проводит. Обратитесь к врачу
               или дипломированному массажисту.










             ↑↓: выбор · Enter: открыть · c: календарь · ?: справка · q: выход
            """)
    }

    @Test func theInformationGivesWayToTheRoutinesAt40x12() {
        let withInformation = picker().render(width: 40, height: 12, at: .seconds(0))
        let without = AppModel(routines: TestRoutines.all, start: .picker, options: AppOptions()).render(width: 40, height: 12, at: .seconds(0))
        #expect(withInformation.lines == without.lines, "\(withInformation.lines.joined(separator: "\n"))")
        #expect(!withInformation.lines.joined().contains("Segmental"))
    }

    @Test func enterAndTheNumbersOpenOnlyRoutines() {
        var model = picker()
        _ = model.handle(.key(.down, at: .seconds(0)))
        _ = model.handle(.key(.down, at: .seconds(0)))
        #expect(model.pickerSelection == 1, "the information is not a choice")
        _ = model.handle(.key(.character("3"), at: .seconds(0)))
        #expect(model.screenName == "picker")
    }
}
