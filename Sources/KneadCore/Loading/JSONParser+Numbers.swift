/// Reading numbers in the strict JSON grammar.
extension JSONParser {
    /// Parses the number that starts at `offset` with a minus sign or a digit.
    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = offset
        if bytes[offset] == ASCII.minus { offset += 1 }
        guard offset < bytes.count, ASCII.isDigit(bytes[offset]) else {
            throw try error("expected a digit after '-', found \(describeNextToken())")
        }
        if bytes[offset] == ASCII.zero {
            offset += 1
            if offset < bytes.count, ASCII.isDigit(bytes[offset]) {
                throw error("leading zeros are not allowed in numbers", at: start)
            }
        } else {
            skipDigits()
        }
        var isInteger = true
        if offset < bytes.count, bytes[offset] == ASCII.period {
            offset += 1
            try requireDigit(after: "the decimal point")
            isInteger = false
        }
        if offset < bytes.count, bytes[offset] == ASCII.lowercaseE || bytes[offset] == ASCII.uppercaseE {
            offset += 1
            if offset < bytes.count, bytes[offset] == ASCII.plus || bytes[offset] == ASCII.minus { offset += 1 }
            try requireDigit(after: "the exponent mark")
            isInteger = false
        }
        let literal = String(decoding: bytes[start..<offset], as: UTF8.self)
        return JSONNumber(literal: literal, isInteger: isInteger)
    }

    private mutating func requireDigit(after what: String) throws(JSONSyntaxError) {
        guard offset < bytes.count, ASCII.isDigit(bytes[offset]) else {
            throw try error("expected a digit after \(what), found \(describeNextToken())")
        }
        skipDigits()
    }

    private mutating func skipDigits() {
        while offset < bytes.count, ASCII.isDigit(bytes[offset]) { offset += 1 }
    }
}
