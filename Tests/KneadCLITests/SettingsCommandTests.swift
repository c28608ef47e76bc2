import Foundation
import Testing

/// `config.json`, `knead config` and the options that override the settings.
@Suite("Settings")
struct SettingsCommandTests {
    /// A temporary `XDG_CONFIG_HOME` whose `knead/config.json` holds `settings`; removed by the caller.
    static func configFolder(settings: String) throws -> URL {
        let config = try KneadBinary.temporaryFolder()
        try FileManager.default.createDirectory(at: config.appendingPathComponent("knead"), withIntermediateDirectories: true)
        try settings.write(to: config.appendingPathComponent("knead/config.json"), atomically: true, encoding: .utf8)
        return config
    }

    /// The rows of `knead config`'s table by setting name: value and origin, blanks squeezed.
    static func table(_ output: String) -> [String: String] {
        var rows: [String: String] = [:]
        for line in output.split(separator: "\n").drop(while: { !$0.hasPrefix("SETTING") && !$0.hasPrefix("НАСТРОЙКА") }).dropFirst() {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            rows[String(words[0])] = words.dropFirst().joined(separator: " ")
        }
        return rows
    }

    @Test func withoutAFileEverySettingIsItsDefault() throws {
        let result = try KneadBinary.run(["config"], environment: ["PATH": "/nonexistent", "LANG": "C.UTF-8"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Settings file: /nonexistent-home/.config/knead/config.json (not there: nothing read from it)\n"))
        #expect(Self.table(result.output) == [
            "voice": "off default",
            "voiceCommand": "none (speaks with: none found) default",
            "bell": "false default",
            "tick": "false default",
            "colors": "true default",
            "language": "none (English) default",
        ])
    }

    @Test func theFileOverridesTheEnvironmentAndOptionsOverrideTheFile() throws {
        let config = try Self.configFolder(settings: """
            {"voice": "all", "voiceCommand": "/bin/true --quiet", "bell": true, "colors": true, "language": "ru"}
            """)
        defer { try? FileManager.default.removeItem(at: config) }
        let file = config.appendingPathComponent("knead/config.json").path
        let result = try KneadBinary.run(
            ["config", "--voice", "--no-bell", "--tick"],
            environment: ["XDG_CONFIG_HOME": config.path, "NO_COLOR": "1", "LANG": "de_DE.UTF-8"]
        )
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Файл настроек: \(file)\n"), "the file's language speaks: \(result.output)")
        #expect(Self.table(result.output) == [
            "voice": "on параметр --voice",
            "voiceCommand": "/bin/true --quiet файл \(file)",
            "bell": "false параметр --no-bell",
            "tick": "true параметр --tick",
            "colors": "true файл \(file)",
            "language": "ru файл \(file)",
        ])
        let environmentOnly = try KneadBinary.run(["config"], environment: ["NO_COLOR": "1", "LANG": "ru_RU.UTF-8"])
        #expect(Self.table(environmentOnly.output)["colors"] == "false переменная NO_COLOR")
        #expect(Self.table(environmentOnly.output)["language"] == "ru_RU переменная LANG")
    }

    @Test func theLanguageSettingChoosesTheTextsOfListAndShow() throws {
        let config = try Self.configFolder(settings: "{\"language\": \"ru\"}")
        defer { try? FileManager.default.removeItem(at: config) }
        let sessions = config.appendingPathComponent("knead/sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try ScriptSamples.minimal(title: "Neck").replacingOccurrences(of: "\"Neck\"", with: "{\"en\": \"Neck\", \"ru\": \"Шея\"}")
            .write(to: sessions.appendingPathComponent("mine.json"), atomically: true, encoding: .utf8)
        let list = try KneadBinary.run(["list"], environment: ["XDG_CONFIG_HOME": config.path, "LANG": "en_US.UTF-8"])
        #expect(list.output.split(separator: "\n").contains { $0.hasPrefix("mine ") && $0.contains(" Шея ") }, "\(list.output)")
        let show = try KneadBinary.run(["show", "mine"], environment: ["XDG_CONFIG_HOME": config.path, "LANG": "en_US.UTF-8"])
        #expect(show.output.hasPrefix("Шея"), "\(show.output)")
    }

    @Test(arguments: [["run", "collar"], ["config"]])
    func aBrokenFileIsNamedByLineColumnAndFieldAndNothingStarts(arguments: [String]) throws {
        let config = try Self.configFolder(settings: """
            {"voise": "on",
             "bell": "yes", "voice": "alll",
             "voiceCommand": "say 'hello"}
            """)
        defer { try? FileManager.default.removeItem(at: config) }
        let file = config.appendingPathComponent("knead/config.json").path
        let result = try KneadBinary.run(arguments, environment: ["XDG_CONFIG_HOME": config.path])
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(result.errors == """
            \(file):1:2: error: settings: unknown key "voise"; did you mean "voice"?
            \(file):2:10: error: settings.bell: expected true or false, found "yes"
            \(file):2:26: error: settings.voice: unknown voice level "alll"; did you mean "all"?
            \(file):3:18: error: settings.voiceCommand: expected a command such as "espeak-ng -s 140" (an unclosed ' quote), found "say 'hello"

            """)
    }

    @Test(arguments: ["0", "-1", "1e308", "1e999", "-1e999", "99999999999999999999999999", "0.5"])
    func aNumberInAnySettingIsNamedByLineColumnAndFieldWithWhatWasExpected(number: String) throws {
        let config = try Self.configFolder(settings: """
            {"voice": \(number), "voiceCommand": \(number),
             "bell": \(number), "tick": \(number), "colors": \(number), "language": \(number)}
            """)
        defer { try? FileManager.default.removeItem(at: config) }
        let file = config.appendingPathComponent("knead/config.json").path
        let result = try KneadBinary.run(["run", "collar", "--plain"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        let width = number.count
        #expect(result.errors == """
            \(file):1:11: error: settings.voice: expected a voice level (one of: off, on, all), found \(number)
            \(file):1:\(29 + width): error: settings.voiceCommand: expected a string, found \(number)
            \(file):2:10: error: settings.bell: expected true or false, found \(number)
            \(file):2:\(20 + width): error: settings.tick: expected true or false, found \(number)
            \(file):2:\(32 + 2 * width): error: settings.colors: expected true or false, found \(number)
            \(file):2:\(46 + 3 * width): error: settings.language: expected a language code such as "en", "ru" or "pt_BR", found \(number)

            """, "\(result.errors)")
    }

    @Test func aSyntaxErrorAndAnUnreadableFileAreNamedToo() throws {
        let broken = try Self.configFolder(settings: "{\"voice\": \"on\",}")
        defer { try? FileManager.default.removeItem(at: broken) }
        let result = try KneadBinary.run(["config"], environment: ["XDG_CONFIG_HOME": broken.path])
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("\(broken.path)/knead/config.json:1:16: error: "), "\(result.errors)")

        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("knead/config.json"), withIntermediateDirectories: true)
        let unreadable = try KneadBinary.run(["run", "collar"], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(unreadable.status == 64)
        #expect(unreadable.errors == "\(folder.path)/knead/config.json: error: cannot read the settings file: not a regular file (a directory)\n")
    }

    @Test(arguments: [(["--voice"], "on"), (["--voice", "all"], "all"), (["--voice=off"], "off"), (["--voice", "--tick"], "on")])
    func aBareVoiceMeansOnAndALevelMayFollowIt(options: [String], level: String) throws {
        let result = try KneadBinary.run(["config"] + options)
        #expect(result.status == 0, "\(result.errors)")
        #expect(Self.table(result.output)["voice"] == "\(level) option --voice")
    }

    @Test(arguments: [["--voice-command", "say 'x"], ["--voice-command", ""], ["--voice=loud"]])
    func badVoiceOptionsAreUsageErrors(options: [String]) throws {
        let result = try KneadBinary.run(["run", "collar", "--plain"] + options)
        #expect(result.status == 64, "\(result.errors)")
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("voice"), "\(result.errors)")
    }
}
