import Testing
@testable import KneadUI

/// A cell keeps its character as plain bytes and gives back exactly what it was given.
struct CellGlyphTests {
    @Test(arguments: [
        " ", "a", "Ж", "─", "█", "␛", "日", "é", "e\u{301}", "🇷🇺", "👍🏽", "❤️",
        "👨‍👩‍👧‍👦", "🏳️‍⚧️", "a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}",
    ] as [Character])
    func aCharacterComesBackByteForByte(character: Character) {
        let cell = Cell(character: character, style: CellStyle(color: .cyan, bold: true))
        #expect(Array(String(cell.character).utf8) == Array(String(character).utf8))
        #expect(cell == Cell(character: character, style: CellStyle(color: .cyan, bold: true)))
        #expect(cell != Cell(character: character))
    }

    @Test func aLongCharacterIsKeptOnceAndTwoLongOnesStayApart() {
        let family: Character = "👨‍👩‍👧‍👦"
        let flag: Character = "🏳️‍⚧️"
        #expect(String(family).utf8.count > 15 && String(flag).utf8.count > 15, "both are too long to keep inline")
        #expect(Cell(character: family) == Cell(character: family))
        #expect(Cell(character: family) != Cell(character: flag))
        #expect(Cell(character: family).columns == 2)
    }

    @Test func aCellMadeFromAScalarEqualsOneMadeFromItsCharacter() {
        for scalar in ["a", "Ж", "─", "€", "😀"] as [Unicode.Scalar] {
            #expect(Cell(scalar: scalar, style: .plain) == Cell(character: Character(scalar)))
        }
    }

    @Test func widthIsMeasuredOnlyFromU1100Up() {
        #expect(Cell(character: "Ж").columns == 1 && Cell(character: "█").columns == 1)
        #expect(Cell(character: "日").columns == 2 && Cell(character: "👍🏽").columns == 2)
        #expect(Cell(character: "ᄀ").columns == 2, "U+1100, the first wide character")
    }

    @Test func changingTheCharacterKeepsTheStyle() {
        var cell = Cell(character: "日", style: CellStyle(reverse: true))
        cell.character = "x"
        #expect(cell == Cell(character: "x", style: CellStyle(reverse: true)))
    }
}
