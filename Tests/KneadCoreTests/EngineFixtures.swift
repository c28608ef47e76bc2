@testable import KneadCore

/// Small literal routines for the engine tests.
enum EngineFixtures {
    /// A stage with only the fields the engine looks at.
    static func stage(_ name: String, seconds: Int, sides: [Side] = []) -> Stage {
        Stage(
            name: LocalizedText(name), technique: .kneading, area: "neck", duration: .seconds(seconds),
            sides: sides, instructions: LocalizedText("Do \(name).")
        )
    }

    /// Warm-up 10 s; Knead 20 s left, 5 s get-ready, 20 s right; Finish 6 s: 61 s in five steps.
    static let routine = Routine(
        id: "fixture", title: LocalizedText("Fixture"),
        stages: [stage("Warm-up", seconds: 10), stage("Knead", seconds: 20, sides: [.left, .right]), stage("Finish", seconds: 6)]
    )

    /// A session of `routine`, started at instant 100 s.
    static func startedSession() -> Session {
        var session = Session(timeline: Timeline(routine: routine))
        _ = session.reduce(.started(at: .seconds(100)))
        return session
    }
}
