import KneadCore
import KneadUI
import Testing

/// The movement counter and the pulse of a paced step (the neck routine's stroking: 10 strokes
/// in 30 s, one every 3 s), drawn at literal instants.
@Suite struct PaceScreenTests {
    /// The rows from the counter to the pulse under it, at `seconds` on an 80×24 screen.
    func paceRows(at seconds: Double, inputs: [AppInput] = Scene.begin) -> [Substring] {
        let screen = Scene.app(inputs).render(width: 80, height: 24, at: .seconds(seconds)).text
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let counter = rows.firstIndex(where: { $0.contains("stroke") }) else { return [] }
        return Array(rows[counter...(counter + 1)])
    }

    @Test func thePulseJumpsToTheOtherHalfOnEachBeat() {
        let left = "                    ████████████████████"
        let right = "                                        ████████████████████"
        #expect(paceRows(at: 100) == ["                                 stroke 1 of 10", left[...]])
        #expect(paceRows(at: 102.999) == ["                                 stroke 1 of 10", left[...]])
        #expect(paceRows(at: 103) == ["                                 stroke 2 of 10", right[...]])
        #expect(paceRows(at: 127.5) == ["                                stroke 10 of 10", right[...]])
    }

    @Test func pausedTheCounterStandsStill() {
        let paused = Scene.begin + [.key(.character("p"), at: .seconds(104))]
        #expect(paceRows(at: 104, inputs: paused) == paceRows(at: 190, inputs: paused))
        #expect(paceRows(at: 190, inputs: paused).first == "                                 stroke 2 of 10")
    }

    @Test func aStepWithoutAPaceShowsNeither() {
        #expect(paceRows(at: 131, inputs: Scene.begin + [.tick(at: .seconds(130))]).isEmpty)
    }

    @Test(arguments: [(0, 0), (20, 6), (21, 7), (30, 10), (200, 60)])
    func everySizeDrawsWithoutTrouble(width: Int, height: Int) {
        let screen = Scene.running.render(width: width, height: height)
        #expect(screen.width == max(0, width) && screen.height == max(0, height))
    }
}
