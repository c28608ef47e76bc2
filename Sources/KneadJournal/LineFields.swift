/// A line of tab-separated fields, each escaped so that no tab, line break or backslash is left
/// in it: the pending file's format, written and read back here.
struct LineFields {
    /// A line that does not hold what its first field says it should.
    struct Unreadable: Error {}

    /// The fields, unescaped.
    private(set) var fields: [String] = []
    /// The next field `next()` reads.
    private var position = 0

    /// An empty line, to append fields to.
    init() {}

    /// The fields of `line`.
    init(line: Substring) {
        fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(Self.unescaped)
    }

    /// The line, without its line break.
    var line: String { fields.map(Self.escaped).joined(separator: "\t") }

    mutating func append(_ text: String) { fields.append(text) }
    mutating func append(_ number: Int64) { fields.append(String(number)) }
    mutating func append(_ number: Int) { fields.append(String(number)) }
    /// An absent value is an empty field.
    mutating func append(_ number: Int?) { fields.append(number.map(String.init) ?? "") }
    mutating func append(_ number: Double?) { fields.append(number.map { "\($0)" } ?? "") }
    mutating func append(_ flag: Bool) { fields.append(flag ? "1" : "0") }
    /// A text that may be absent: `-` and the text, or an empty field.
    mutating func append(optional text: String?) { fields.append(text.map { "-" + $0 } ?? "") }

    mutating func text() throws(Unreadable) -> String {
        guard position < fields.count else { throw Unreadable() }
        position += 1
        return fields[position - 1]
    }

    mutating func optionalText() throws(Unreadable) -> String? {
        let field = try text()
        guard !field.isEmpty else { return nil }
        guard field.hasPrefix("-") else { throw Unreadable() }
        return String(field.dropFirst())
    }

    mutating func integer() throws(Unreadable) -> Int {
        guard let number = Int(try text()) else { throw Unreadable() }
        return number
    }

    mutating func integer64() throws(Unreadable) -> Int64 {
        guard let number = Int64(try text()) else { throw Unreadable() }
        return number
    }

    mutating func optionalInteger() throws(Unreadable) -> Int? {
        let field = try text()
        guard !field.isEmpty else { return nil }
        guard let number = Int(field) else { throw Unreadable() }
        return number
    }

    mutating func optionalNumber() throws(Unreadable) -> Double? {
        let field = try text()
        guard !field.isEmpty else { return nil }
        guard let number = Double(field), number.isFinite else { throw Unreadable() }
        return number
    }

    mutating func flag() throws(Unreadable) -> Bool {
        switch try text() {
        case "1": return true
        case "0": return false
        default: throw Unreadable()
        }
    }

    /// A value of a string-backed enumeration.
    mutating func value<Value: RawRepresentable>(_ type: Value.Type) throws(Unreadable) -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: try text()) else { throw Unreadable() }
        return value
    }

    /// Whether every field was read.
    var isAtEnd: Bool { position == fields.count }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\r\n": result += "\\r\\n"
            default: result.append(character)
            }
        }
        return result
    }

    private static func unescaped(_ text: Substring) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "t": result.append("\t")
                case "n": result.append("\n")
                case "r": result.append("\r")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
