import KneadUI

/// Recognises cursor and keypad keys that reached the app as loose characters.
///
/// ncurses turns a key's escape sequence into one key code only when the sequence is the one
/// terminfo names for the terminal's current keypad mode. A terminal in the other mode (for a
/// moment after the screen is taken back, or always, when its terminfo entry is off by one
/// mode) sends `ESC [ B` where `ESC O B` was expected, or the reverse, and ncurses hands the
/// bytes over one by one: Esc, `[`, `B`. This puts them back together, in both forms:
/// `ESC [ x` (with optional numeric parameters, `ESC [ 5 ~`, `ESC [ 1 ; 5 A`) and `ESC O x`
/// (including the application keypad's digits, operators and Enter).
///
/// An Esc followed by anything else stays an Esc, so a bare Esc still means Esc.
enum EscapeSequenceDecoder {
    /// The inputs with every escape sequence for a known key replaced by that key.
    static func combine(_ inputs: [TerminalInput]) -> [TerminalInput] {
        var combined: [TerminalInput] = []
        combined.reserveCapacity(inputs.count)
        var index = 0
        while index < inputs.count {
            if inputs[index] == .key(.escape), let (key, length) = sequence(in: inputs, after: index) {
                combined.append(.key(key))
                index += length
            } else {
                combined.append(inputs[index])
                index += 1
            }
        }
        return combined
    }

    /// The key spelled by the inputs right after the Esc at `escapeIndex`, and how many inputs
    /// the whole sequence takes (the Esc included); nil when they spell no known key.
    private static func sequence(in inputs: [TerminalInput], after escapeIndex: Int) -> (Key, Int)? {
        guard let introducer = character(in: inputs, at: escapeIndex + 1) else { return nil }
        switch introducer {
        case "O":
            guard let final = character(in: inputs, at: escapeIndex + 2),
                  let key = singleShiftKey(final) else { return nil }
            return (key, 3)
        case "[":
            var parameters = ""
            var index = escapeIndex + 2
            while let next = character(in: inputs, at: index), next.isASCII, next.isNumber || next == ";" {
                parameters.append(next)
                index += 1
                if parameters.count > 8 { return nil }
            }
            guard let final = character(in: inputs, at: index),
                  let key = controlSequenceKey(final: final, parameters: parameters) else { return nil }
            return (key, index - escapeIndex + 1)
        default:
            return nil
        }
    }

    /// The key of `ESC O final`: cursor keys, Home and End, and the application keypad.
    private static func singleShiftKey(_ final: Character) -> Key? {
        if let cursorKey = cursorKey(final) { return cursorKey }
        switch final {
        case "M": return .enter
        case "j": return .character("*")
        case "k": return .character("+")
        case "l": return .character(",")
        case "m": return .character("-")
        case "n": return .character(".")
        case "o": return .character("/")
        case "X": return .character("=")
        default:
            // `ESC O p` to `ESC O y`: the keypad's 0 to 9.
            guard let value = final.asciiValue, (112...121).contains(value) else { return nil }
            return .character(Character(Unicode.Scalar(value - 112 + 48)))
        }
    }

    /// The key of `ESC [ parameters final`, such as `ESC [ B` or `ESC [ 6 ~`.
    private static func controlSequenceKey(final: Character, parameters: String) -> Key? {
        if final == "~" {
            let first = parameters.split(separator: ";").first.flatMap { Int($0) }
            switch first {
            case 1, 7: return .home
            case 4, 8: return .end
            case 5: return .pageUp
            case 6: return .pageDown
            default: return nil
            }
        }
        return cursorKey(final)
    }

    /// The cursor key that `final` ends, in either form: `A`–`D` for the arrows, `H`, `F` for Home, End.
    private static func cursorKey(_ final: Character) -> Key? {
        switch final {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        default: nil
        }
    }

    /// The character typed at `index`, if that input is a plain character.
    private static func character(in inputs: [TerminalInput], at index: Int) -> Character? {
        guard inputs.indices.contains(index), case .key(.character(let character)) = inputs[index] else { return nil }
        return character
    }
}
