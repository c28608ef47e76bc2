import Glibc

/// Asks a yes-or-no question on the terminal.
enum Confirmation {
    /// Prints `question` with `[y/N]` and reads a line; true only for an answer starting with `y`.
    static func ask(_ question: String) -> Bool {
        StandardStream.output.write(question + " [y/N] ")
        guard let answer = readLine(strippingNewline: true) else { return false }
        return answer.lowercased().hasPrefix("y")
    }
}
