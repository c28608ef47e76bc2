/// The safety information of a routine: when not to start, and when to stop.
public struct Safety: Hashable, Sendable {
    /// Conditions under which the routine must not be done at all.
    public var contraindications: [LocalizedText]
    /// Signs that mean: stop the session now.
    public var stopIf: [LocalizedText]
    /// Other advice worth reading before the start.
    public var notes: [LocalizedText]
    /// What the routine may do during a flare: run gently (the default), or not at all.
    public var inFlare: FlareRule
    /// A check to do once, before the routine's very first session (honey: the allergy test);
    /// knead asks whether it is done until the person says yes.
    public var firstTimeCheck: LocalizedText?

    public init(
        contraindications: [LocalizedText] = [], stopIf: [LocalizedText] = [], notes: [LocalizedText] = [],
        inFlare: FlareRule = .gentle, firstTimeCheck: LocalizedText? = nil
    ) {
        self.firstTimeCheck = firstTimeCheck
        self.contraindications = contraindications
        self.stopIf = stopIf
        self.notes = notes
        self.inFlare = inFlare
    }

    /// Whether there is nothing to show.
    public var isEmpty: Bool { contraindications.isEmpty && stopIf.isEmpty && notes.isEmpty }
}
