import KneadCore

/// Every text of a routine with the field it comes from, for checks that walk them all.
extension Routine {
    /// The texts in script order, each named by its field path (`stages[2].area`).
    var textsByField: [(field: String, text: LocalizedText)] {
        var texts: [(String, LocalizedText)] = [("title", title)]
        if let summary { texts.append(("summary", summary)) }
        if let zone { texts.append(("zone", zone)) }
        if let position { texts.append(("position", position)) }
        texts += safety.contraindications.enumerated().map { ("safety.contraindications[\($0)]", $1) }
        texts += safety.stopIf.enumerated().map { ("safety.stopIf[\($0)]", $1) }
        texts += safety.notes.enumerated().map { ("safety.notes[\($0)]", $1) }
        if let note = course?.note { texts.append(("course.note", note)) }
        if let source { texts.append(("source", source)) }
        for (index, stage) in stages.enumerated() {
            let path = "stages[\(index)]"
            texts += [("\(path).name", stage.name), ("\(path).area", stage.area), ("\(path).instructions", stage.instructions)]
            if let caution = stage.caution { texts.append(("\(path).caution", caution)) }
        }
        return texts
    }
}
