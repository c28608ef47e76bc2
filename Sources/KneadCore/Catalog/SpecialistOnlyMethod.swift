/// A massage method the source article names but leaves to specialists: knead lists it so a
/// person knows it exists, and never runs it.
public struct SpecialistOnlyMethod: Hashable, Sendable {
    /// The name a person might type, such as `segmental-reflex`.
    public var id: String
    /// The method's name.
    public var title: LocalizedText
    /// What the method is, in a sentence.
    public var summary: LocalizedText
    /// Why knead does not run it.
    public var reason: LocalizedText

    public init(id: String, title: LocalizedText, summary: LocalizedText, reason: LocalizedText) {
        self.id = id
        self.title = title
        self.summary = summary
        self.reason = reason
    }

    /// Every method knead lists for information only.
    public static let all: [SpecialistOnlyMethod] = [.segmentalReflex]

    /// The method called `name`, if knead lists one by that name.
    public static func named(_ name: String) -> SpecialistOnlyMethod? {
        all.first { $0.id == name }
    }

    /// Segmental-reflex massage, which works on the reflex links between the spine's segments
    /// and the organs and vessels they serve.
    public static let segmentalReflex = SpecialistOnlyMethod(
        id: "segmental-reflex",
        title: LocalizedText(translations: [
            "en": "Segmental-reflex massage",
            "ru": "Сегментарно-рефлекторный массаж",
        ]),
        summary: LocalizedText(translations: [
            "en": "Acts through the nervous system's reflexes on blood flow and the nourishment of tissues; which zones to work for the neck is for a specialist to choose.",
            "ru": "Действует через рефлексы вегетативной нервной системы на кровообращение и питание тканей; зоны воздействия для шейного отдела подбирает специалист.",
        ]),
        reason: LocalizedText(translations: [
            "en": "It is for specialists only and cannot be done at home, so knead does not run it. Ask a doctor or a certified massage therapist.",
            "ru": "Это работа только для специалиста: дома такой массаж невозможен, поэтому knead его не проводит. Обратитесь к врачу или дипломированному массажисту.",
        ])
    )
}
