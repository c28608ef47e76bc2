import KneadCore
import Testing
@testable import KneadTerminal

/// Poll timeouts: rounded up to whole milliseconds of real time, scaled, never early.
struct MonotonicClockTests {
    @Test func noDeadlineWaitsForever() {
        #expect(MonotonicClock().pollTimeout(until: nil, from: .seconds(3)) == -1)
    }

    @Test func aPassedDeadlineDoesNotWait() {
        let clock = MonotonicClock()
        #expect(clock.pollTimeout(until: .seconds(2), from: .seconds(3)) == 0)
        #expect(clock.pollTimeout(until: .seconds(3), from: .seconds(3)) == 0)
    }

    @Test func timeoutsRoundUpToWholeMilliseconds() {
        let clock = MonotonicClock()
        let now = Instant.seconds(10)
        #expect(clock.pollTimeout(until: now + .microseconds(1), from: now) == 1)
        #expect(clock.pollTimeout(until: now + .microseconds(999_001), from: now) == 1000)
        #expect(clock.pollTimeout(until: now + .seconds(1), from: now) == 1000)
    }

    @Test func aFasterClockWaitsLessRealTime() {
        let clock = MonotonicClock(scale: 20)
        let now = Instant.seconds(10)
        #expect(clock.pollTimeout(until: now + .seconds(1), from: now) == 50)
        #expect(clock.pollTimeout(until: now + .milliseconds(1001), from: now) == 51)
    }

    @Test func aScaleTheClockCannotRunAtGivesRealTime() {
        let now = Instant.seconds(10)
        for scale in [0, -2, .nan, .infinity, 1e308, MonotonicClock.fastestScale * 2] {
            #expect(MonotonicClock(scale: scale).pollTimeout(until: now + .seconds(1), from: now) == 1000, "scale \(scale)")
        }
        #expect(MonotonicClock(scale: MonotonicClock.fastestScale).scale == MonotonicClock.fastestScale)
    }

    @Test func instantsAdvanceAtTheScale() {
        let real = MonotonicClock()
        let fast = MonotonicClock(scale: 1000)
        let first = (real.now(), fast.now())
        var spin = 0
        while real.now() - first.0 < .milliseconds(5) { spin += 1 }
        let second = (real.now(), fast.now())
        let realElapsed = (second.0 - first.0).inSeconds
        let fastElapsed = (second.1 - first.1).inSeconds
        #expect(fastElapsed > realElapsed * 500, "a clock at scale 1000 runs far faster than real time")
        #expect(MonotonicClock(scale: 0).scale == 1 && MonotonicClock(scale: .nan).scale == 1)
    }
}
