import Glibc
import KneadCore
import KneadJournal

/// The systemd user timer and service that run `knead remind --notify` each day, written to
/// `$XDG_CONFIG_HOME/systemd/user/` (by default `~/.config/systemd/user/`).
enum ReminderUnits {
    static let timerName = "knead-remind.timer"
    static let serviceName = "knead-remind.service"
    /// The line that turns the timer on, for a person whose user manager did not answer.
    static let enableLine = "systemctl --user daemon-reload && systemctl --user enable --now \(timerName)"

    /// The folder of user units; nil when neither `XDG_CONFIG_HOME` nor `HOME` is set.
    static func folder(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/systemd/user" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/systemd/user" }
        return nil
    }

    /// The service: runs `knead` at its absolute path, once.
    static func service(knead: String) -> String {
        """
        [Unit]
        Description=knead: a reminder when a massage session is due today

        [Service]
        Type=oneshot
        ExecStart=\(knead) remind --notify

        """
    }

    /// The timer: each day at `minutes` past midnight, and after waking when that time was missed.
    static func timer(at minutes: Int) -> String {
        """
        [Unit]
        Description=knead: look each day for a massage session due

        [Timer]
        OnCalendar=*-*-* \(ReminderSettings.clockText(minutes)):00
        Persistent=true

        [Install]
        WantedBy=timers.target

        """
    }

    /// The absolute path of the running knead.
    static func runningExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Writes both files into `folder`; the reason when it could not.
    static func write(into folder: String, knead: String, at minutes: Int) -> String? {
        if let reason = FileSystem.makeFolders(folder, mode: 0o755) { return reason }
        for (name, text) in [(serviceName, service(knead: knead)), (timerName, timer(at: minutes))] {
            guard let file = fopen(folder + "/" + name, "w") else { return "\(folder)/\(name): \(String(cString: strerror(errno)))" }
            let written = fputs(text, file) >= 0
            guard fclose(file) == 0, written else { return "\(folder)/\(name): \(String(cString: strerror(errno)))" }
        }
        return nil
    }

    /// Removes both files from `folder`; the names of those that were there.
    static func remove(from folder: String) -> [String] {
        [timerName, serviceName].filter { unlink(folder + "/" + $0) == 0 }
    }
}
