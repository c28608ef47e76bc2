/// The first version of a person's own routine script: a copy of an existing one under a new
/// name, or a small valid skeleton to fill in.
public enum RoutineDraft {
    /// Whether `name` can be a routine's id: lowercase letters `a`–`z`, digits and `-`.
    public static func isValidName(_ name: String) -> Bool {
        RoutineIdentifier.isValid(name)
    }

    /// The script `bytes` with its top-level `id` changed to `id`, every other byte kept; the
    /// bytes unchanged when the script names no id (its file name then gives it). Nil when the
    /// bytes are not a JSON object.
    public static func copy(of bytes: [UInt8], as id: String) -> [UInt8]? {
        guard let document = try? JSONParser.parse(bytes), case .object(let members) = document.content else { return nil }
        guard let member = members.first(where: { $0.key == "id" }), case .string = member.value.content else { return bytes }
        let literal = member.value.byteRange
        return Array(bytes[..<literal.lowerBound]) + Array(JSONString.escaped(id).utf8) + Array(bytes[literal.upperBound...])
    }

    /// A minimal valid routine called `id`, in English and Russian, with the safety lines every
    /// routine should carry and one stage to change.
    public static func skeleton(id: String) -> [UInt8] {
        Array("""
        {
          "format": 1,
          "id": "\(id)",
          "title": "\(id)",
          "summary": {"en": "What this routine is for, in a sentence.", "ru": "Для чего эта программа, в одном предложении."},
          "zone": {"en": "neck", "ru": "шея"},
          "position": {"en": "Sitting upright, shoulders relaxed.", "ru": "Сидя прямо, плечи расслаблены."},
          "safety": {
            "contraindications": [
              {"en": "Fever or feeling unwell", "ru": "Повышенная температура или плохое самочувствие"}
            ],
            "stopIf": [
              {"en": "Pain grows during a step", "ru": "Боль усиливается во время приёма"}
            ],
            "notes": [
              {"en": "This is not medical advice. Begin massage only when a doctor has advised it.", "ru": "Это не медицинская рекомендация. Начинайте массаж только по совету врача."},
              {"en": "Never press on the spine itself; work the muscles beside it.", "ru": "Не давите на сам позвоночник — работайте по мышцам рядом с ним."}
            ]
          },
          "source": "Where the moves and their durations come from.",
          "stages": [
            {
              "name": {"en": "Stroking", "ru": "Поглаживание"},
              "technique": "stroking",
              "area": {"en": "back of the neck", "ru": "задняя поверхность шеи"},
              "duration": "1m",
              "instructions": {"en": "Stroke with flat palms from the hairline down to the shoulders.", "ru": "Плоскими ладонями поглаживайте от линии роста волос вниз к надплечьям."}
            }
          ]
        }

        """.utf8)
    }
}
