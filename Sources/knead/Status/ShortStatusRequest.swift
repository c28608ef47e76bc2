import Glibc

/// A command line that asks for `knead status --short`, with the journal it names, if any.
struct ShortStatusRequest {
    /// The value of `--journal PATH`; nil without the option.
    var journalPath: String?

    init(journalPath: String?) {
        self.journalPath = journalPath
    }

    /// The request in the process's own command line, `count` words with the program's name
    /// first: `status --short`, perhaps with `--journal PATH` around the flag; nil for anything
    /// else, which the full parser then reads.
    ///
    /// The words are compared as C strings where they lie, so a shell prompt's call builds no
    /// array of strings before it knows it is one.
    init?(arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, count: Int) {
        func word(_ index: Int, is expected: String) -> Bool {
            arguments[index].map { strcmp($0, expected) == 0 } ?? false
        }
        guard count == 3 || count == 5, word(1, is: "status") else { return nil }
        if count == 3 {
            guard word(2, is: "--short") else { return nil }
            self.init(journalPath: nil)
            return
        }
        guard (2...4).contains(where: { word($0, is: "--short") }),
              let option = (2...3).first(where: { word($0, is: "--journal") }), let path = arguments[option + 1] else { return nil }
        self.init(journalPath: String(cString: path))
    }
}
