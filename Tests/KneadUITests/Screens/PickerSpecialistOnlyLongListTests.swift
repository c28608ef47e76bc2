import KneadCore
import Testing
@testable import KneadUI

/// A long list keeps the information by showing the other routines without their summaries.
@Suite struct PickerSpecialistOnlyLongListTests {
    @Test func tenRoutinesAt80x24ShowOneLineEachAndTheInformation() {
        let routines = (1...10).map { number in
            Routine(
                id: "routine-\(number)", title: LocalizedText("Routine \(number)"), summary: LocalizedText("What routine \(number) is for."),
                zone: "neck", stages: TestRoutines.all[0].stages
            )
        }
        var model = AppModel(routines: routines, start: .picker, options: AppOptions())
        model.specialistOnly = SpecialistOnlyMethod.all
        expectScreen(model.render(width: 80, height: 24, at: .seconds(0)), """
             knead · choose a routine
             ──────────────────────────────────────────────────────────────────────────────
             1 Routine 1                                                        neck · 1:30
               What routine 1 is for.
             2 Routine 2                                                        neck · 1:30
             3 Routine 3                                                        neck · 1:30
             4 Routine 4                                                        neck · 1:30
             5 Routine 5                                                        neck · 1:30
             6 Routine 6                                                        neck · 1:30
             7 Routine 7                                                        neck · 1:30
             8 Routine 8                                                        neck · 1:30
             9 Routine 9                                                        neck · 1:30
               Routine 10                                                       neck · 1:30

             For information only, not run by knead:
               Segmental-reflex massage: Acts through the nervous system's reflexes on
               blood flow and the nourishment of tissues; which zones to work for the neck
               is for a specialist to choose. It is for specialists only and cannot be done
               at home, so knead does not run it. Ask a doctor or a certified massage
               therapist.



             ↑↓: choose · Enter: open · c: calendar · ?: help · q: quit
            """)
    }
}
