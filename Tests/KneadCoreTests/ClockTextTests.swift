import Testing
import KneadCore

@Suite struct ClockTextTests {
    @Test func writesMinutesAndSeconds() {
        #expect(ClockText.string(seconds: 0) == "0:00")
        #expect(ClockText.string(seconds: 5) == "0:05")
        #expect(ClockText.string(seconds: 65) == "1:05")
        #expect(ClockText.string(seconds: 3599) == "59:59")
    }

    @Test func writesHoursFromOneHour() {
        #expect(ClockText.string(seconds: 3600) == "1:00:00")
        #expect(ClockText.string(seconds: 3725) == "1:02:05")
        #expect(ClockText.string(seconds: 36000) == "10:00:00")
    }

    @Test func takesNegativeAsZero() {
        #expect(ClockText.string(seconds: -4) == "0:00")
    }

    @Test func aCountdownRoundsUpAndTimeSpentRoundsToTheNearest() {
        #expect(ClockText.countdown(.milliseconds(4_100)) == "0:05")
        #expect(ClockText.countdown(.seconds(4)) == "0:04")
        #expect(ClockText.elapsed(.milliseconds(4_400)) == "0:04")
        #expect(ClockText.elapsed(.milliseconds(4_600)) == "0:05")
    }
}
