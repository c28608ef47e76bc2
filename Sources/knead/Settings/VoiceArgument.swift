import KneadCore

/// Lets `--voice` stand alone on the command line, as the short form of `--voice=on`.
///
/// The argument parser wants a value after every option, so before parsing a bare `--voice`
/// becomes `--voice=on`, unless a voice level follows it (`--voice all`).
enum VoiceArgument {
    /// `arguments` with each bare `--voice` given its level; nothing after `--` is touched.
    static func normalized(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                result += arguments[index...]
                break
            }
            let next = index + 1 < arguments.endIndex ? arguments[index + 1] : nil
            if argument == "--voice" && !(next.map { name in VoiceLevel.allCases.contains { $0.rawValue == name } } ?? false) {
                result.append("--voice=on")
            } else {
                result.append(argument)
            }
            index += 1
        }
        return result
    }
}
