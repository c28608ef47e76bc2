/// Finds the valid name a misspelled one was probably meant to be.
public enum NameSuggestion {
    /// The candidate nearest to `name` by edit distance, ignoring case, when it is near enough:
    /// at most a third of the candidate's length (and at least 1) edits away.
    public static func nearest(to name: String, among candidates: [String]) -> String? {
        let typed = Array(name.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typed, Array(candidate.lowercased().unicodeScalars))
            let allowed = max(1, candidate.unicodeScalars.count / 3)
            if distance <= allowed, distance < best?.distance ?? .max {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The Damerau–Levenshtein distance (optimal string alignment): the fewest insertions,
    /// deletions, substitutions and swaps of neighbours that turn `source` into `target`.
    static func editDistance(_ source: [Unicode.Scalar], _ target: [Unicode.Scalar]) -> Int {
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        var beforePrevious = [Int](repeating: 0, count: target.count + 1)
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for row in 1...source.count {
            current[0] = row
            for column in 1...target.count {
                let substitution = source[row - 1] == target[column - 1] ? 0 : 1
                var distance = min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + substitution)
                if row > 1, column > 1, source[row - 1] == target[column - 2], source[row - 2] == target[column - 1] {
                    distance = min(distance, beforePrevious[column - 2] + 1)
                }
                current[column] = distance
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[target.count]
    }

    /// A message tail: `did you mean "x"?` when a candidate is near, else the list of all of them.
    static func hint(for name: String, among candidates: [String]) -> String {
        if let suggestion = nearest(to: name, among: candidates) {
            return "did you mean \(ValueDescription.quoted(suggestion))?"
        }
        return "expected one of: " + candidates.joined(separator: ", ")
    }
}
