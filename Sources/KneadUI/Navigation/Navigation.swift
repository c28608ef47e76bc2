/// Where the app goes after an input: the part of a `Transition` the router carries out.
enum Navigation: Sendable {
    /// The same screen stays up.
    case stay
    /// Another screen goes on top; back returns to this one.
    case push(any Feature)
    /// Another screen takes this one's place.
    case replace(any Feature)
    /// Back to the screen below; from the bottom screen, the app exits.
    case back
    /// Back to the bottom screen when it is a home (the picker); else the app exits.
    case home
    /// A box opens over this screen and takes the keys.
    case openBox(any Feature)
    /// The open box closes, handing the screen under it an answer, if any.
    case closeBox(BoxAnswer?)
    /// The app ends with this exit status.
    case exit(status: Int32)
}
