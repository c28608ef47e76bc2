import Glibc

/// A desktop notification through the freedesktop notification service, by `notify-send -a knead`.
enum DesktopNotification {
    /// Sends one when a session bus is there and `notify-send` answers; false otherwise.
    static func send(summary: String, body: String, environment: [String: String]) -> Bool {
        guard hasSessionBus(environment), ChildProgram.isOnPath("notify-send", environment: environment) else { return false }
        return ChildProgram.run(["notify-send", "-a", "knead", "--", summary, body]) == 0
    }

    /// Whether a session bus can be reached: named by `DBUS_SESSION_BUS_ADDRESS`, or the user
    /// bus at `$XDG_RUNTIME_DIR/bus`.
    static func hasSessionBus(_ environment: [String: String]) -> Bool {
        if let address = environment["DBUS_SESSION_BUS_ADDRESS"], !address.isEmpty { return true }
        guard let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty else { return false }
        return access(runtime + "/bus", F_OK) == 0
    }
}
