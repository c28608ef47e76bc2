/// Recognises text whose every scalar is a printable character one column wide that never joins
/// its neighbours, so that scalars, characters and terminal columns all count alike.
///
/// Nearly every text knead draws is simple — Latin, Cyrillic, Greek, punctuation, arrows, box
/// drawing and block elements — and simple text can be measured, cut and drawn scalar by scalar,
/// without the cost of finding grapheme boundaries or looking up wide characters.
enum SimpleText {
    /// Whether `text` is simple: no control, combining, joining, wide or invisible characters.
    static func isSimple(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } || text.unicodeScalars.allSatisfy(isSimple)
    }

    /// Whether `scalar` is one column wide and forms a character on its own, whatever is beside it.
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF: return true
        case 0x370...0x482, 0x48A...0x52F: return true
        case 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x25FC: return true
        default: return false
        }
    }
}
