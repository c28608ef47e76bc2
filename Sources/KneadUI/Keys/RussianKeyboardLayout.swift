/// The Russian ЙЦУКЕН keyboard, key by key: which Latin key stands at the same place.
///
/// A person whose keyboard is switched to Russian presses `p` to pause and types `з`. knead reads
/// each Cyrillic letter as the Latin letter on the same key of a QWERTY keyboard, so every
/// letter key works in either layout; the help lists the Latin keys. Shift+/ types `,` in the
/// Russian layout, so `,` means `?` (help).
public enum RussianKeyboardLayout {
    /// Each Cyrillic character and the QWERTY character on the same key, lowercase.
    static let latinByCyrillic: [Character: Character] = [
        "й": "q", "ц": "w", "у": "e", "к": "r", "е": "t", "н": "y", "г": "u", "ш": "i", "щ": "o", "з": "p",
        "ф": "a", "ы": "s", "в": "d", "а": "f", "п": "g", "р": "h", "о": "j", "л": "k", "д": "l",
        "я": "z", "ч": "x", "с": "c", "м": "v", "и": "b", "т": "n", "ь": "m",
        ",": "?",
    ]

    /// The key as a QWERTY keyboard would have sent it: a Cyrillic letter becomes the Latin
    /// letter on the same key (keeping its case); every other key stays as it is.
    public static func latinKey(for key: Key) -> Key {
        guard case .character(let character) = key else { return key }
        if let latin = latinByCyrillic[character] { return .character(latin) }
        let lowercase = Character(character.lowercased())
        if lowercase != character, let latin = latinByCyrillic[lowercase] {
            return .character(Character(latin.uppercased()))
        }
        return key
    }
}
