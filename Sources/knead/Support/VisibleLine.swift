import KneadUI

/// Makes text from a script safe to print on a terminal line.
enum VisibleLine {
    /// `text` with control and escape characters shown as visible stand-ins.
    static func sanitized(_ text: String) -> String {
        VisibleText.sanitized(text)
    }

    /// `text` made safe line by line, its line breaks kept.
    static func sanitizedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { sanitized(String($0)) }.joined(separator: "\n")
    }
}
