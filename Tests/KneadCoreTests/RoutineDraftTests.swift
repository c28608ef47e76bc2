import Testing
@testable import KneadCore
import KneadSessions

/// The first version of a person's own routine: a renamed copy or a skeleton.
struct RoutineDraftTests {
    func text(_ bytes: [UInt8]?) -> String? { bytes.map { String(decoding: $0, as: UTF8.self) } }

    @Test func aCopyChangesOnlyTheID() throws {
        let original = #"{"format": 1, "id": "collar", "title": "Шея", "stages": []}"#
        #expect(text(RoutineDraft.copy(of: Array(original.utf8), as: "my-collar"))
            == #"{"format": 1, "id": "my-collar", "title": "Шея", "stages": []}"#)
    }

    @Test func theIDIsFoundAfterWideCharactersAndOtherLineEnds() throws {
        let original = "{\r\n  \"title\": \"Воротник\", \"id\": \"a\\u0062c\",\r  \"format\": 1\n}"
        #expect(text(RoutineDraft.copy(of: Array(original.utf8), as: "x"))
            == "{\r\n  \"title\": \"Воротник\", \"id\": \"x\",\r  \"format\": 1\n}")
    }

    @Test func aScriptWithAByteOrderMarkKeepsItAndGetsTheNewID() throws {
        let byteOrderMark = "\u{FEFF}"
        let onFirstLine = byteOrderMark + #"{"id": "collar", "format": 1}"#
        #expect(text(RoutineDraft.copy(of: Array(onFirstLine.utf8), as: "copy1")) == byteOrderMark + #"{"id": "copy1", "format": 1}"#)
        let onLaterLine = byteOrderMark + "{\n  \"format\": 1,\n  \"id\": \"collar\"\n}"
        #expect(text(RoutineDraft.copy(of: Array(onLaterLine.utf8), as: "copy1")) == byteOrderMark + "{\n  \"format\": 1,\n  \"id\": \"copy1\"\n}")
    }

    @Test func onlyTheTopLevelIDChanges() throws {
        let original = #"{"safety": {"id": "inner"}, "id": "outer"}"#
        #expect(text(RoutineDraft.copy(of: Array(original.utf8), as: "new")) == #"{"safety": {"id": "inner"}, "id": "new"}"#)
    }

    @Test func aScriptWithoutAnIDIsCopiedAsItIs() throws {
        let original = Array(#"{"format": 1}"#.utf8)
        #expect(RoutineDraft.copy(of: original, as: "new") == original)
        #expect(RoutineDraft.copy(of: Array("[1]".utf8), as: "new") == nil)
        #expect(RoutineDraft.copy(of: Array("{".utf8), as: "new") == nil)
    }

    @Test(arguments: BundledRoutineFiles.all.map(\.fileName))
    func everyBundledRoutineCopiesToAValidRoutineOfTheNewName(fileName: String) throws {
        let file = try #require(BundledRoutineFiles.all.first { $0.fileName == fileName })
        let copy = try #require(RoutineDraft.copy(of: file.bytes, as: "mine"))
        let original = try RoutineLoader.load(bytes: file.bytes, fileName: fileName)
        var renamed = try RoutineLoader.load(bytes: copy, fileName: "mine.json")
        #expect(renamed.id == "mine")
        renamed.id = original.id
        #expect(renamed == original)
    }

    @Test func theSkeletonIsAValidRoutineInBothLanguages() throws {
        let routine = try RoutineLoader.load(bytes: RoutineDraft.skeleton(id: "my-neck"), fileName: "my-neck.json")
        #expect(routine.id == "my-neck")
        #expect(routine.stages.count == 1)
        #expect(routine.stages[0].name.resolved(for: "ru") == "Поглаживание")
        #expect(!routine.safety.stopIf.isEmpty && !routine.safety.notes.isEmpty)
    }

    @Test func namesAreRoutineIDs() {
        #expect(RoutineDraft.isValidName("my-neck-2"))
        for bad in ["", "My", "my neck", "../x", "шея", "a.json"] {
            #expect(!RoutineDraft.isValidName(bad), "\(bad)")
        }
    }
}
