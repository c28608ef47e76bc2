import Glibc
import KneadCore
import Testing
@testable import KneadSpeech

/// The real espeak-ng, found on PATH as a session finds it, speaking into a WAV file.
///
/// Skipped when espeak-ng is not installed, unless the environment variable CI is set: then
/// its absence fails the test (`.ci/run` installs it).
@Suite(
    .serialized,
    .enabled(
        if: SpeakerLookup.findKnown(named: "espeak-ng") != nil || getenv("CI") != nil,
        "espeak-ng is not installed: its speech tests are skipped (with CI set they fail instead)"
    )
)
struct EspeakSpeechTests {
    @Test(arguments: [
        ("en", "Step 3 of 15. Kneading beside the spine, left side. 30 seconds."),
        ("ru", "Шаг 3 из 15. Разминание вдоль позвоночника, левая сторона. 30 секунд."),
    ])
    func aSentenceBecomesMoreThanHalfASecondOfSpeech(language: String, sentence: String) async throws {
        let folder = try TemporaryFolder()
        let wave = "\(folder.path)/\(language).wav"
        let found = try #require(SpeakerLookup.findKnown(named: "espeak-ng"), "espeak-ng is not on PATH")
        var program = found
        program.arguments = ["-w", wave]
        let speaker = Speaker(program: program, environment: ["PATH": "/usr/bin:/bin"])
        speaker.speak(Announcement(text: sentence, language: language))
        #expect(program.commandLine(saying: sentence, language: language) == [found.executable, "-w", wave, "-v", language, sentence])
        try await waitFor {
            speaker.reapExited()
            return !speaker.hasChildren
        }
        let seconds = try #require(WaveFile.seconds(ofFile: wave), "no WAV file came out")
        #expect(seconds > 0.5, "\(language): only \(seconds) s of audio")
        #expect(try WaveFile.peak(ofFile: wave) > 1000, "\(language): the audio is silence")
    }
}
