import Glibc
import KneadCore
import KneadJournal

// The journal's benchmark helper, built with the package:
//
//   journal-benchmark generate PATH [SESSIONS]   writes a journal of SESSIONS sessions (100,000 by
//                                                default) through knead's own recorder
//   journal-benchmark step-writes PATH [COUNT]   times COUNT per-step writes (3,000 by default) into
//                                                the journal at PATH, as a running session makes them
//
// Both print one JSON object of figures on standard output; Benchmarks/journal_bench.py runs them.

/// The routines the generated sessions cycle through, with their step counts.
let routines: [(id: String, title: String, steps: Int)] = [
    ("collar", "Collar zone, step by step", 15), ("neck-classic", "Classic neck massage", 10), ("honey", "Honey massage", 5),
    ("cupping-neck", "Cupping massage of the neck", 9), ("cupping-back", "Cupping massage of the back", 8),
    ("acupressure", "Acupressure for the neck", 16), ("lumbar", "Lumbar massage", 14), ("self-massage", "Self-massage of the neck", 12),
]

/// A small deterministic generator (SplitMix64), so every run writes the same journal.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// The monotonic clock in seconds.
func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func fail(_ message: String) -> Never {
    let line = "journal-benchmark: \(message)\n"
    _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    exit(64)
}

func recorder(at path: String) -> SessionRecorder {
    let recorder = SessionRecorder.open(path: path)
    guard recorder.journal != nil else { fail(recorder.warnings.joined(separator: "; ")) }
    return recorder
}

func start(_ routine: (id: String, title: String, steps: Int), painBefore: Int?) -> SessionStartRecord {
    SessionStartRecord(
        routineID: routine.id, routineTitle: routine.title, stepNames: (1...routine.steps).map { "Step \($0)" },
        painBefore: painBefore, options: ["bell": "off", "display": "full-screen", "language": "en"], courseLimitOverridden: false
    )
}

/// Writes `count` sessions ending yesterday, about two hours apart, with pain that slowly eases.
func generate(path: String, count: Int) {
    let recorder = recorder(at: path)
    var random = SplitMix(state: 2026)
    let began = monotonicSeconds()
    let now = WallClock.now()
    let spacing: Int64 = 7200
    var pain = 7
    for index in 0..<count {
        let routine = routines[index % routines.count]
        let startedAt = now.unixSeconds - 86_400 - Int64(count - index) * spacing
        let time = LocalTime(unixSeconds: startedAt, utcOffsetSeconds: now.utcOffsetSeconds)
        if random.below(10) == 0 { pain = max(1, min(9, pain + random.below(3) - 1)) }
        let rated = random.below(5) != 0
        recorder.record(.sessionStarted(start(routine, painBefore: rated ? pain : nil)), at: time)
        let outcome = random.below(20)
        if outcome == 0 { continue }  // interrupted: the row stays as a killed session leaves it
        let skipped = outcome < 3 ? [random.below(routine.steps)] : []
        let done = (0..<routine.steps).filter { !skipped.contains($0) }
        let report = SessionReport(done: done, skipped: skipped, notReached: [], activeTime: .seconds(routine.steps * 60), pausedTime: .zero, endedEarly: outcome == 1)
        let end = LocalTime(unixSeconds: startedAt + Int64(routine.steps * 60), utcOffsetSeconds: now.utcOffsetSeconds)
        recorder.record(.sessionEnded(report, outcome == 1 ? .quit : .finished), at: end)
        if rated { recorder.record(.painAfter(max(0, pain - 1 - random.below(3))), at: end) }
    }
    guard recorder.warnings.isEmpty else { fail(recorder.warnings.joined(separator: "; ")) }
    print("{\"sessions\": \(count), \"seconds\": \(monotonicSeconds() - began)}")
}

/// Times each per-step write of sessions recorded into the journal at `path`.
func stepWrites(path: String, count: Int) {
    let recorder = recorder(at: path)
    var timings: [Double] = []
    var starts: [Double] = []
    let routine = routines[0]
    while timings.count < count {
        let began = monotonicSeconds()
        recorder.record(.sessionStarted(start(routine, painBefore: 5)), at: WallClock.now())
        starts.append((monotonicSeconds() - began) * 1000)
        for step in 1..<routine.steps where timings.count < count {
            let before = monotonicSeconds()
            recorder.record(.stepStarted(index: step), at: WallClock.now())
            timings.append((monotonicSeconds() - before) * 1000)
        }
        let report = SessionReport(done: Array(0..<routine.steps), skipped: [], notReached: [], activeTime: .seconds(60), pausedTime: .zero, endedEarly: false)
        recorder.record(.sessionEnded(report, .finished), at: WallClock.now())
    }
    guard recorder.warnings.isEmpty else { fail(recorder.warnings.joined(separator: "; ")) }
    let sorted = timings.sorted()
    let rank = { (fraction: Double) in sorted[max(0, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)] }
    let sortedStarts = starts.sorted()
    print("{\"writes\": \(sorted.count), \"p50_ms\": \(rank(0.5)), \"p90_ms\": \(rank(0.9)), \"p99_ms\": \(rank(0.99)), \"max_ms\": \(sorted.last ?? 0), \"session_start_median_ms\": \(sortedStarts[sortedStarts.count / 2])}")
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: journal-benchmark generate|step-writes PATH [COUNT]") }
let amount = arguments.count > 3 ? Int(arguments[3]) : nil
switch arguments[1] {
case "generate": generate(path: arguments[2], count: amount ?? 100_000)
case "step-writes": stepWrites(path: arguments[2], count: amount ?? 3000)
default: fail("unknown action \(arguments[1])")
}
