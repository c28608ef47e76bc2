extension String {
    /// `count` copies of `character` side by side (none when `count` is not positive).
    ///
    /// The same as `String(repeating:count:)`, written as bytes at once: a screen asks for
    /// rules, bars and blanks like this every time it is drawn, and the standard one joins the
    /// copies one character at a time.
    init(filledWith character: Character, count: Int) {
        let unit = Array(character.utf8)
        let total = unit.count * Swift.max(0, count)
        self.init(unsafeUninitializedCapacity: total) { bytes in
            var offset = 0
            while offset < total {
                for byte in unit {
                    bytes[offset] = byte
                    offset += 1
                }
            }
            return total
        }
    }
}
