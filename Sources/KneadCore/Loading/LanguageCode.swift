/// Language codes: the ones a text object may use (`en`, `ru`, `fil`, `pt_BR`, `pt-BR`), and
/// the language any code or locale names.
enum LanguageCode {
    /// `code` with `_` between language and region, or nil when it is not a language code:
    /// two or three lowercase letters, optionally `_` or `-` and two uppercase letters.
    static func normalized(_ code: String) -> String? {
        let characters = Array(code.utf8)
        let languageLength = characters.firstIndex { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") } ?? characters.count
        guard (2...3).contains(languageLength),
              characters[..<languageLength].allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
        else { return nil }
        let region = characters[languageLength...].dropFirst()
        if languageLength == characters.count { return code }
        guard region.count == 2, region.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else {
            return nil
        }
        return String(decoding: characters[..<languageLength], as: UTF8.self) + "_" + String(decoding: region, as: UTF8.self)
    }

    /// The language of a code without its region or encoding, in lowercase: `pt` for `pt_BR`,
    /// `ru` for `ru-UA` or `ru_RU.UTF-8`, `en` for `en`.
    static func base(of code: String) -> String {
        String(code.prefix { $0 != "_" && $0 != "-" && $0 != "." }).lowercased()
    }
}
