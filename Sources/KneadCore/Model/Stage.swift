/// One timed move of a routine, as written in a script.
///
/// A stage with `sides` runs once per side, for `duration` each time.
public struct Stage: Hashable, Sendable {
    /// The move, such as "Kneading along the spine".
    public var name: LocalizedText
    /// The kind of movement.
    public var technique: Technique
    /// The body zone worked, such as "trapezius".
    public var area: LocalizedText
    /// How long the move lasts, per side when `sides` is not empty.
    public var duration: Duration
    /// The sides in the order they are worked; empty when the move has no side.
    public var sides: [Side]
    /// How many movements to aim for.
    public var reps: Int?
    /// Beats per minute for rhythmic moves.
    public var cadence: Double?
    /// How to do the move, in a few short sentences.
    public var instructions: LocalizedText
    /// What to avoid in this step.
    public var caution: LocalizedText?
    /// The part of the body worked, for the body figure; nil when the script names none.
    public var region: BodyRegion?
    /// Which way the hands move, when the script says.
    public var direction: MoveDirection?
    /// The point pressed, for acupressure.
    public var point: PressurePoint?

    public init(
        name: LocalizedText, technique: Technique, area: LocalizedText, duration: Duration,
        sides: [Side] = [], reps: Int? = nil, cadence: Double? = nil,
        instructions: LocalizedText, caution: LocalizedText? = nil,
        region: BodyRegion? = nil, direction: MoveDirection? = nil, point: PressurePoint? = nil
    ) {
        self.name = name
        self.technique = technique
        self.area = area
        self.duration = duration
        self.sides = sides
        self.reps = reps
        self.cadence = cadence
        self.instructions = instructions
        self.caution = caution
        self.region = region
        self.direction = direction
        self.point = point
    }

    /// The region the figure lights up: the one named, or the one the point lies in.
    public var shownRegion: BodyRegion? { region ?? point?.region }
}
