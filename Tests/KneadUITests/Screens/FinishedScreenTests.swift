import Testing

/// The summary after a session, drawn whole at the usual sizes.
@Suite struct FinishedScreenTests {
    @Test func finishedAt80x24() {
        expectScreen(Scene.finished.render(width: 80, height: 24), """
             Session complete, well done
             Neck ease

             Time spent   1:05
             Steps done   4 of 5
             Skipped      1

















             Any key: back to the list
            """)
    }

    @Test func finishedAt40x12() {
        expectScreen(Scene.finished.render(width: 40, height: 12), """
             Session complete, well done
             Neck ease

             Time spent   1:05
             Steps done   4 of 5
             Skipped      1





             Any key: back to the list
            """)
    }

    @Test func finishedAt20x6() {
        expectScreen(Scene.finished.render(width: 20, height: 6), """
            Session complete, w…
            Neck ease
            Time spent   1:05
            Steps done   4 of 5
            Skipped      1
            Any key: back
            """)
    }
}
