/// The Russian wording of everything knead says besides a routine's own texts:
/// «Шаг 3 из 15. Разминание вдоль позвоночника, левая сторона. 30 секунд.»
public struct RussianPhrasebook: SpeechPhrasebook {
    private let words = Wording(language: .russian)

    public init() {}

    public func routineName(_ title: String) -> String { SpokenSentence.sentence(title) }

    public func stepPosition(number: Int, of count: Int) -> String { "Шаг \(number) из \(count)." }

    public func move(_ name: String, side: Side?) -> String {
        guard let side else { return SpokenSentence.sentence(name) }
        return SpokenSentence.sentence(SpokenSentence.withoutFinalStop(name) + ", " + words.side(side))
    }

    /// «30 секунд.», «1 минута 30 секунд.», «2 минуты.»
    public func length(seconds: Int64) -> String {
        let minutes = Int(seconds / 60), rest = Int(seconds % 60)
        let parts = [minutes > 0 ? words.count("minutes", minutes) : nil, rest > 0 || minutes == 0 ? words.count("seconds", rest) : nil]
        return parts.compactMap { $0 }.joined(separator: " ") + "."
    }

    public func switchSide(to side: Side?) -> String {
        switch side {
        case .left: "Переходим на левую сторону."
        case .right: "Переходим на правую сторону."
        case nil: "Приготовьтесь к следующему движению."
        }
    }

    public func caution(_ text: String) -> String { "Осторожно: " + SpokenSentence.sentence(text) }

    public var halfway: String { "Половина." }

    public func secondsLeft(_ seconds: Int) -> String { "\(seconds)" }

    public var paused: String { "Пауза." }

    public var resumed: String { "Продолжаем." }

    public var easeOff: String { "Ослабьте нажим." }

    public var sessionComplete: String { "Сеанс окончен." }
}
