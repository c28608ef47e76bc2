/// Turns any text into characters that are safe to draw, one per terminal cell.
///
/// Control characters become visible stand-ins (the Unicode control pictures, such as `␛`
/// for escape), so a script cannot move the cursor, change the title or clear the screen.
public enum VisibleText {
    /// The characters of `text` as they should be drawn, each taking one cell.
    public static func cells(of text: String) -> [Character] {
        text.map(visible)
    }

    /// `text` with every control character replaced by its visible stand-in.
    public static func sanitized(_ text: String) -> String {
        if SimpleText.isSimple(text) { return text }
        return String(text.map(visible))
    }

    /// The visible stand-in for `character`, or the character itself when it is safe.
    static func visible(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first(where: isUnsafe) else {
            return character
        }
        switch scalar.value {
        case 0x00...0x1F: return Character(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: return "␡"
        default: return "�"
        }
    }

    /// Whether a scalar could change the terminal's state or the text's direction.
    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
