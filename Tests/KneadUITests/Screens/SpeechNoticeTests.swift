import KneadCore
import KneadUI
import Testing

/// The line at the foot of the session screen that says why nothing is spoken.
@Suite struct SpeechNoticeTests {
    static let notice = "No voice: install espeak-ng (sudo apt-get install espeak-ng) or use --voice-command."

    /// The resting step (no pace), 3 s in, with the notice.
    static func screen(width: Int, height: Int) -> Screen {
        var model = Scene.app(Scene.lastStep.inputs)
        model.noteSpeechProblem(notice)
        return model.render(width: width, height: height, at: Scene.lastStep.now)
    }

    @Test func at80x24ItSitsAboveTheKeys() {
        let rows = Self.screen(width: 80, height: 24).text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.suffix(3).dropLast() == [
            " No voice: install espeak-ng (sudo apt-get install espeak-ng) or use",
            " --voice-command.",
        ])
    }

    @Test func at40x12ItKeepsOneLine() {
        expectScreen(Self.screen(width: 40, height: 12), """
             Neck ease      step 5 of 5 · 0:12 left
             Resting
             Rest · whole back
                    ██████      ██   ██████
                    ██  ██ ██ ████       ██
                    ██  ██      ██   ██████
                    ██  ██ ██   ██   ██
                    ██████    ██████ ██████
             Step    ██████░░░░░░░░░░░░░░░░░░░░░░░░
             Next: nothing, this is the last step
             No voice: install espeak-ng (sudo …
             h: it hurts · ?: help · q: quit
            """)
    }

    @Test func at20x6TheEssentialsStay() {
        let text = Self.screen(width: 20, height: 6).text
        #expect(text.contains("0:12") && text.contains("q: quit"), "\(text)")
    }
}
