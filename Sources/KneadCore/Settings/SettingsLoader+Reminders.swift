/// The `reminders` object of the settings file: `{"enabled": true, "at": "19:00",
/// "quietHours": {"from": "22:00", "until": "08:00"}}`, every key optional.
extension SettingsLoader {
    static let reminderKeys = ["enabled", "at", "quietHours"]
    static let quietHourKeys = ["from", "until"]

    static func reminders(_ value: JSONValue, path: FieldPath, validator: inout RoutineValidator) -> ReminderSettings? {
        guard let object = validator.object(value, path: path, keys: reminderKeys) else { return nil }
        var settings = ReminderSettings()
        if let enabled = object.value(for: "enabled") {
            if case .bool(let flag) = enabled.content {
                settings.enabled = flag
            } else {
                validator.report(expected: "true or false", found: enabled, path: object.path(of: "enabled"))
            }
        }
        if let at = object.value(for: "at") {
            settings.at = clock(at, path: object.path(of: "at"), validator: &validator) ?? settings.at
        }
        if let quiet = object.value(for: "quietHours"),
           let hours = validator.object(quiet, path: object.path(of: "quietHours"), keys: quietHourKeys) {
            let from = hours.value(for: "from").flatMap { clock($0, path: hours.path(of: "from"), validator: &validator) }
            let until = hours.value(for: "until").flatMap { clock($0, path: hours.path(of: "until"), validator: &validator) }
            for key in quietHourKeys where hours.value(for: key) == nil {
                validator.report("missing required key \(ValueDescription.quoted(key))", at: hours.position, path: hours.path)
            }
            settings.quietFrom = from
            settings.quietUntil = until
        }
        return settings
    }

    /// A time of day written `HH:MM`.
    private static func clock(_ value: JSONValue, path: FieldPath, validator: inout RoutineValidator) -> Int? {
        if case .string(let text) = value.content, let minutes = ReminderSettings.minutes(of: text) { return minutes }
        validator.report(expected: "a time of day from \"00:00\" to \"23:59\", such as \"19:00\"", found: value, path: path)
        return nil
    }
}
