import Foundation
import Testing

/// Runs the built `knead` on a private session bus (`dbus-run-session`) beside the stand-in
/// notification service of `Tests/Support/`, and reads back the notifications it received.
struct PrivateNotificationBus {
    /// One `Notify` call as the stand-in recorded it.
    struct Notification: Decodable, Equatable, CustomStringConvertible {
        var appName: String
        var summary: String
        var body: String

        var description: String { "[\(appName)] \(summary) | \(body)" }
    }

    /// What one run of knead printed, how it ended, and the notifications sent during it.
    struct Run: CustomStringConvertible {
        var status: Int32
        var output: String
        /// Knead's own standard error, apart from the bus's.
        var errors: String
        var notifications: [Notification]
        var timedOut: Bool
        /// What `dbus-run-session`, the script and the service said, for failure messages.
        var busLog: String

        var description: String {
            """
            status \(status)\(timedOut ? " (killed at its deadline)" : ""); notifications: \(notifications)
            knead's output: \(output)
            knead's errors: \(errors)
            the bus and the service: \(busLog)
            """
        }
    }

    /// The script that starts the service on the bus, waits for it and runs knead.
    static let script = KneadBinary.packageRoot.appendingPathComponent("Tests/Support/notify-on-private-bus.sh").path

    /// The Debian packages this machine lacks for a real notification; empty when none.
    static let missingPackages: [String] = {
        var missing: [String] = []
        if !FileManager.default.isExecutableFile(atPath: "/usr/bin/dbus-run-session") { missing.append("dbus") }
        if !FileManager.default.isExecutableFile(atPath: "/usr/bin/notify-send") { missing.append("libnotify-bin") }
        let python = try? KneadBinary.run(["-c", "import dbus, gi"], executable: "/usr/bin/python3")
        if python?.status != 0 { missing += ["python3-dbus", "python3-gi"] }
        return missing
    }()

    /// Fails the test, naming what to install, when this machine cannot run the bus.
    static func requireInstalled(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(
            missingPackages.isEmpty,
            "a real notification test needs `apt-get install \(missingPackages.joined(separator: " "))` (.ci/run installs them)",
            sourceLocation: sourceLocation
        )
    }

    /// Runs `knead ARGUMENTS` with a clean environment plus `environment` on a new private bus;
    /// the bus, the service and knead are all killed after 15 seconds.
    static func runKnead(_ arguments: [String], environment: [String: String]) throws -> Run {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let variables = ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent-home", "LANG": "C.UTF-8", "XDG_DATA_HOME": KneadBinary.dataFolder.path]
            .merging(environment) { $1 }
        let bus = try BoundedCommand.run(
            ["/usr/bin/dbus-run-session", "--", "/bin/sh", script, folder.path, KneadBinary.path] + arguments,
            environment: variables, seconds: 15, folder: folder
        )
        func text(_ name: String) -> String {
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        let notifications = try text("calls.jsonl").split(separator: "\n").map {
            try JSONDecoder().decode(Notification.self, from: Data($0.utf8))
        }
        return Run(
            status: bus.status, output: bus.output, errors: text("errors.txt"), notifications: notifications,
            timedOut: bus.timedOut, busLog: bus.errors + text("service.log")
        )
    }
}
