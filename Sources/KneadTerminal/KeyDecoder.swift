import CNcurses
import KneadUI

/// Turns what `get_wch` returns into a `Key` the app understands.
enum KeyDecoder {
    /// The input for a `get_wch` result, or nil when there was nothing to read.
    ///
    /// - Parameters:
    ///   - status: What `get_wch` returned: `OK` for a character, `KEY_CODE_YES` for a
    ///     function key, `ERR` for nothing.
    ///   - value: The character or key code it stored.
    static func decode(status: Int32, value: UInt32) -> TerminalInput? {
        switch status {
        case KEY_CODE_YES: return decodeFunctionKey(Int32(bitPattern: value))
        case OK: return .key(decodeCharacter(value))
        default: return nil
        }
    }

    /// The input for a key code such as `KEY_UP` or `KEY_RESIZE`.
    static func decodeFunctionKey(_ code: Int32) -> TerminalInput {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        default: return .key(.other(code))
        }
    }

    /// The key for a character code point, such as `\r`, escape, or a Cyrillic letter.
    static func decodeCharacter(_ value: UInt32) -> Key {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 9: return .tab
        case 0..<32, 0x80..<0xA0: return .other(Int32(value))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .other(Int32(bitPattern: value)) }
            return .character(Character(scalar))
        }
    }
}
