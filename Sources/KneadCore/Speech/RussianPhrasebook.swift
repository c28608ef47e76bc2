/// The Russian wording of everything knead says besides a routine's own texts:
/// «Шаг 3 из 15. Разминание вдоль позвоночника, левая сторона. 30 секунд.»
public struct RussianPhrasebook: SpeechPhrasebook {
    public let words = Wording(language: .russian)

    public init() {}

    public func stepPosition(number: Int, of count: Int) -> String { "Шаг \(number) из \(count)." }

    public func caution(_ text: String) -> String { "Осторожно: " + SpokenSentence.sentence(text) }

    public var halfway: String { "Половина." }

    public var paused: String { "Пауза." }

    public var resumed: String { "Продолжаем." }

    public var easeOff: String { "Ослабьте нажим." }

    public var sessionComplete: String { "Сеанс окончен." }
}
