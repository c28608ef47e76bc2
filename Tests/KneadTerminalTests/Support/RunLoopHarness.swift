import KneadCore
import KneadUI
@testable import KneadTerminal

/// A run loop on a terminal in memory, a clock moved by hand and a script of what happens.
final class RunLoopHarness {
    /// Two stages of three seconds: short enough to walk through by hand.
    static let routine = Routine(
        id: "short", title: LocalizedText("Short"),
        stages: [
            Stage(name: LocalizedText("Stroking"), technique: .stroking, area: "neck", duration: .seconds(3), instructions: LocalizedText("Stroke.")),
            Stage(name: LocalizedText("Kneading"), technique: .kneading, area: "neck", duration: .seconds(3), instructions: LocalizedText("Knead.")),
        ]
    )

    let terminal = MemoryTerminal()
    let clock = ManualClock()
    let wakes: ScriptedWakes
    private var loop: RunLoop<MemoryTerminal, ScriptedWakes, ManualClock>

    /// A harness that starts on the routine's safety check and plays `script`; with a `voice`
    /// level other than off, what is said goes to `speech`, and journal entries go to `journal`.
    init(
        _ script: [(afterMilliseconds: Int, happening: ScriptedWakes.Happening)], bell: Bool = false,
        voice: VoiceLevel = .off, speech: RecordingSpeech? = nil, routine: Routine = RunLoopHarness.routine, tick: Bool = false,
        journal: MemoryJournal? = nil
    ) {
        wakes = ScriptedWakes(script, terminal: terminal, clock: clock)
        let options = AppOptions(colors: false, voice: voice, tick: tick)
        let model = AppModel(routines: [routine], start: .routine(routine.id), options: options)
        loop = RunLoop(model: model, terminal: terminal, wakes: wakes, clock: clock, bell: bell, speech: speech, journal: journal)
    }

    /// Runs the loop until it ends.
    func run() -> RunLoop<MemoryTerminal, ScriptedWakes, ManualClock>.Outcome {
        loop.run()
    }

    /// Each timeout the loop waited with, in milliseconds.
    var timeouts: [Int32] { wakes.log.timeouts }
}
