/// The stages array and each stage in it.
extension RoutineValidator {
    /// The keys a stage object may have, in the order the format lists them.
    static let stageKeys = [
        "name", "technique", "area", "duration", "sides", "reps", "cadence", "instructions", "caution",
        "region", "direction", "point",
    ]
    /// The beats per minute a cadence may have.
    static let cadenceRange = 1.0...600.0

    /// The stages of a routine, or nil when the array is missing, empty or has a bad stage.
    mutating func stages(_ value: JSONValue, path: FieldPath) -> [Stage]? {
        guard case .array(let elements) = value.content else {
            report(expected: "an array of stages", found: value, path: path)
            return nil
        }
        guard !elements.isEmpty else {
            report(expected: "at least one stage", found: value, path: path)
            return nil
        }
        var stages: [Stage] = []
        stages.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            if let stage = stage(element, path: path.appending(index: index)) { stages.append(stage) }
        }
        return stages.count == elements.count ? stages : nil
    }

    private mutating func stage(_ value: JSONValue, path: FieldPath) -> Stage? {
        guard let object = object(value, path: path, keys: Self.stageKeys) else { return nil }
        let name = required("name", in: object).flatMap { text($0, path: object.path(of: "name"), isRequired: true) }
        let technique = required("technique", in: object).flatMap {
            enumCase(Technique.self, from: $0, path: object.path(of: "technique"), kind: "technique") { "a technique name (one of: \($0))" }
        }
        let area = required("area", in: object).flatMap { text($0, path: object.path(of: "area"), isRequired: true) }
        let duration = required("duration", in: object).flatMap {
            self.duration($0, path: object.path(of: "duration"), allowsZero: false)
        }
        let sides = object.value(for: "sides").map { self.sides($0, path: object.path(of: "sides")) } ?? []
        let reps = object.value(for: "reps").flatMap { integer($0, path: object.path(of: "reps"), atLeast: 1) }
        let cadence = object.value(for: "cadence").flatMap { self.cadence($0, path: object.path(of: "cadence")) }
        let instructions = required("instructions", in: object).flatMap {
            text($0, path: object.path(of: "instructions"), isRequired: true)
        }
        let caution = optionalText("caution", in: object)
        let place = bodyPlace(in: object, technique: technique)

        guard let name, let technique, let area, let duration, let sides, let instructions, let place else { return nil }
        return Stage(
            name: name, technique: technique, area: area, duration: duration, sides: sides,
            reps: reps, cadence: cadence, instructions: instructions, caution: caution,
            region: place.region, direction: place.direction, point: place.point
        )
    }

    /// Both sides in the order given, or nil (reported) for anything else.
    private mutating func sides(_ value: JSONValue, path: FieldPath) -> [Side]? {
        if case .array(let elements) = value.content, elements.count == 2 {
            let sides = elements.compactMap { element -> Side? in
                guard case .string(let name) = element.content else { return nil }
                return Side(rawValue: name)
            }
            if sides.count == 2, sides[0] != sides[1] { return sides }
        }
        report(expected: "[\"left\",\"right\"] or [\"right\",\"left\"]", found: value, path: path)
        return nil
    }

    private mutating func cadence(_ value: JSONValue, path: FieldPath) -> Double? {
        if case .number(let number) = value.content, Self.cadenceRange.contains(number.doubleValue) {
            return number.doubleValue
        }
        report(expected: "a number of beats per minute from 1 to 600", found: value, path: path)
        return nil
    }
}
