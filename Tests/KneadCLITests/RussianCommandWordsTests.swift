import Foundation
import Testing

/// knead's own words on the command line with a Russian locale: list, show, run --plain,
/// history and report, through the built binary.
@Suite("Command words in Russian")
struct RussianCommandWordsTests {
    private static let russian = ["LANG": "ru_RU.UTF-8"]

    @Test func listPrintsItsHeadingsAndOriginsInRussian() throws {
        let result = try KneadBinary.run(["list"], environment: Self.russian)
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.split(separator: " ").map(String.init) == ["ИМЯ", "НАЗВАНИЕ", "ЗОНА", "ВРЕМЯ", "ОТКУДА"], "\(result.output)")
        #expect(lines.contains { $0.hasPrefix("collar") && $0.hasSuffix("7:10  встроенная") }, "\(result.output)")
        #expect(lines.contains("Только для сведения (делает только специалист, knead это не проводит):"), "\(result.output)")
        #expect(!result.output.contains("bundled") && !result.output.contains("For information"))
    }

    @Test func showPrintsItsHeadingsInRussian() throws {
        let result = try KneadBinary.run(["show", "collar"], environment: ["LC_ALL": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Воротниковая зона по шагам (collar) — 15 шагов, 7:10", "\(result.output)")
        #expect(lines.contains("Зона: воротниковая зона"))
        #expect(lines.contains { $0.hasPrefix(" #  ПРИЁМ         ДВИЖЕНИЕ") && $0.hasSuffix("СТОРОНА  ВРЕМЯ  ИТОГО") }, "\(result.output)")
        #expect(lines.contains(" 3  подготовка    Переходим на правую сторону                              правая    0:05   1:10"), "\(result.output)")
        for heading in ["Противопоказания:", "Сразу прекратите, если:", "Заметки:", "Источник:"] {
            #expect(lines.contains(heading), "\(heading) missing:\n\(result.output)")
        }
        for english in ["Zone:", "Stop at once", "TECHNIQUE", "get ready", " steps,"] {
            #expect(!result.output.contains(english), "\(english) left in English:\n\(result.output)")
        }
    }

    @Test func thePlainRunSpeaksRussianToTheEnd() throws {
        let result = try KneadBinary.run(["run", "--plain", "--time-scale", "1000", "neck-classic"], environment: ["LC_MESSAGES": "ru_UA.UTF-8"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix("шагов, 6:25") == true || lines.first?.hasSuffix("шага, 6:25") == true || lines.first?.hasSuffix("шаг, 6:25") == true, "\(result.output)")
        #expect(lines.contains { $0.hasPrefix("Сразу прекратите, если: ") }, "\(result.output)")
        #expect(lines.contains { $0.hasPrefix("0:00  шаг 1/") }, "\(result.output)")
        let finished = lines.first { $0.hasPrefix("6:25  ") }
        #expect(finished?.hasPrefix("6:25  готово: выполнено ") == true && finished?.hasSuffix(", пропущено 0") == true, "\(result.output)")
        #expect(lines.last?.hasPrefix("Курс: ") == true, "the summary says where the course stands: \(result.output)")
    }

    @Test func theSettingsLanguageTurnsAnEnglishLocaleRussian() throws {
        let config = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: config) }
        let folder = config.appendingPathComponent("knead")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try #"{"language": "ru"}"#.write(to: folder.appendingPathComponent("config.json"), atomically: true, encoding: .utf8)
        let result = try KneadBinary.run(["list"], environment: ["LANG": "en_US.UTF-8", "XDG_CONFIG_HOME": config.path])
        #expect(result.output.hasPrefix("ИМЯ"), "\(result.output)\(result.errors)")
    }

    @Test func historyAndReportInRussian() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("journal.sqlite3").path
        let empty = try KneadBinary.run(["history", "--journal", journal], environment: Self.russian)
        #expect(empty.output == "Сеансов пока нет (дневник: \(journal)).\n")
        for (before, after) in [(6, 4), (5, 3)] {
            let run = try KneadBinary.run(
                ["run", "collar", "--plain", "--time-scale", "5000", "--journal", journal, "--pain-before", "\(before)", "--pain-after", "\(after)"],
                environment: Self.russian
            )
            #expect(run.status == 0, "\(run.errors)")
        }
        let table = try KneadBinary.run(["history", "--journal", journal], environment: Self.russian)
        let rows = table.output.split(separator: "\n").map(String.init)
        #expect(rows.first?.split(separator: " ").map(String.init) == ["№", "ДАТА", "ПРОГРАММА", "ВРЕМЯ", "ШАГИ", "ИТОГ", "БОЛЬ"], "\(table.output)")
        let weekdays = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
        #expect(rows.dropFirst().allSatisfy { row in row.contains("завершён") && weekdays.contains { row.contains(" \($0) 20") } }, "\(table.output)")
        let report = try KneadBinary.run(["report", "--journal", journal], environment: Self.russian)
        let lines = report.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Отчёт knead: 2 сеанса с ") == true, "\(report.output)")
        #expect(lines.contains("  Сеансы         2 за 1 курс; завершено: 2"), "\(report.output)")
        #expect(lines.contains("  Боль до        в среднем 5.5"), "\(report.output)")
        #expect(lines.contains("  Чаще пропуски  без пропусков"), "\(report.output)")
        let forgotten = try KneadBinary.run(["history", "--forget", "1", "--yes", "--journal", journal], environment: Self.russian)
        #expect(forgotten.output == "Сеанс 1 забыт.\n", "\(forgotten.output)\(forgotten.errors)")
        let missing = try KneadBinary.run(["history", "--forget", "7", "--yes", "--journal", journal], environment: Self.russian)
        #expect(missing.errors == "Ошибка: нет сеанса с номером 7 (см. `knead history`)\n", "\(missing.errors)")
        let none = try KneadBinary.run(["report", "honey", "--journal", journal], environment: Self.russian)
        #expect(none.output == "Нет сеансов honey для отчёта (дневник: \(journal)).\n", "\(none.output)")
    }

    @Test func aJournalThatCannotBeWrittenIsWarnedOfInRussianAndTheSessionGoesOn() throws {
        let result = try KneadBinary.run(
            ["run", "--plain", "--time-scale", "5000", "neck-classic", "--journal", "/dev/null/knead/journal.sqlite3"], environment: Self.russian
        )
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.hasPrefix("дневник: не удаётся создать папку /dev/null/knead ("), "\(result.errors)")
        #expect(result.errors.contains("); этот сеанс не записан"), "\(result.errors)")
        #expect(result.output.contains("готово: выполнено"), "\(result.output)")
    }
}
