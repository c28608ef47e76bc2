extension String {
    /// The string cut or filled with spaces at its end to exactly `length` characters.
    func padded(to length: Int) -> String {
        count >= length ? String(prefix(length)) : self + String(repeating: " ", count: length - count)
    }

    /// The string with spaces before it to at least `length` characters, as numbers line up.
    func padded(toLeading length: Int) -> String {
        count >= length ? self : String(repeating: " ", count: length - count) + self
    }
}
