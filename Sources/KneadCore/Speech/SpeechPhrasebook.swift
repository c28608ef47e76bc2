/// The sentences knead speaks around a routine's own texts, in one language.
///
/// The routine supplies the names of its moves and its cautions; a phrasebook supplies
/// everything else ("Step 3 of 15.", "Halfway."). `CataloguePhrasebook` builds every sentence
/// from a language's catalogue, so a new language needs no phrasebook of its own; one whose
/// sentences cannot be built that way may still bring one. The sentences every phrasebook
/// builds alike come from its `words` (see `SpeechPhrasebook+Wording.swift`).
public protocol SpeechPhrasebook: Sendable {
    /// knead's words in the phrasebook's language.
    var words: Wording { get }
    /// The routine's name, said before its first step: "Collar zone."
    func routineName(_ title: String) -> String
    /// Where a step stands: "Step 3 of 15."
    func stepPosition(number: Int, of count: Int) -> String
    /// The move and the side it works: "Kneading beside the spine, left side."
    func move(_ name: String, side: Side?) -> String
    /// How long a step lasts: "30 seconds.", "1 minute 30 seconds."
    func length(seconds: Int64) -> String
    /// A get-ready step before a change of side: "Switch to the right side."
    func switchSide(to side: Side?) -> String
    /// A step's caution, read once: "Careful: …"
    func caution(_ text: String) -> String
    /// Half of a long step is done: "Halfway."
    var halfway: String { get }
    /// One of a step's last seconds: "3".
    func secondsLeft(_ seconds: Int) -> String
    /// The session was paused: "Paused."
    var paused: String { get }
    /// The session was resumed: "Resumed."
    var resumed: String { get }
    /// The "it hurts" key was pressed: "Ease off."
    var easeOff: String { get }
    /// The last step ended: "Session complete."
    var sessionComplete: String { get }
}
