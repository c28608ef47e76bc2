import Foundation
import Testing

/// The bundled routines' texts on the command line with a Russian locale.
@Suite("Routines in Russian")
struct RussianRoutineCommandTests {
    @Test func theNewRoutinesShowInRussian() throws {
        let result = try KneadBinary.run(["show", "lumbar-acupressure"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Точечный массаж поясницы (lumbar-acupressure)"), "\(result.output)")
        #expect(result.output.contains("Прогревание больного места"))
        let legs = try KneadBinary.run(["show", "legs-after-lumbar"], environment: ["LC_ALL": "ru_UA.UTF-8"])
        #expect(legs.output.contains("Круговое поглаживание тазобедренного сустава"), "\(legs.output)")
    }

    @Test func aPlainRunNamesEveryStepInRussian() throws {
        let result = try KneadBinary.run(["run", "--plain", "--time-scale", "1000", "collar"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Воротниковая зона по шагам") == true, "\(result.output)")
        #expect(lines.contains { $0.hasSuffix("Поглаживание шеи и воротниковой зоны  0:40 · воротниковая зона, от позвоночника в стороны") }, "\(result.output)")
        #expect(lines.contains { $0.contains("Вибрация  0:20") })
        #expect(lines.contains { $0.contains("Боль усиливается во время приёма") }, "the stop signs in Russian")
    }

    @Test func listAndShowFallBackToEnglishForOtherLanguages() throws {
        let result = try KneadBinary.run(["show", "collar"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(result.output.hasPrefix("Collar zone, step by step (collar)"), "\(result.output)")
        #expect(result.output.contains("Zone: collar zone"))
    }
}
