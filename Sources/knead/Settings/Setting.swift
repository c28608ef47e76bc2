/// A setting's value in force, and where it came from.
struct Setting<Value: Equatable>: Equatable {
    var value: Value
    var origin: SettingOrigin

    /// The value from the first source that gives one, later sources winning: `value` as the
    /// default, then each override in order.
    static func layered(_ value: Value, _ overrides: (Value?, SettingOrigin)...) -> Setting {
        var setting = Setting(value: value, origin: .byDefault)
        for (candidate, origin) in overrides {
            if let candidate { setting = Setting(value: candidate, origin: origin) }
        }
        return setting
    }
}
