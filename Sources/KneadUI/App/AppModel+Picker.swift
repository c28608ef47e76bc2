import KneadCore

/// The picker's keys: moving through the routines and opening one.
extension AppModel {
    /// Moves through the picker's list, opens a routine (by Enter or its number), or leaves.
    mutating func handlePickerKey(_ key: Key, at now: Instant) -> [AppCommand] {
        guard let command = PickerCommand.bindings.command(for: key) else { return [] }
        switch command {
        case .selectPrevious:
            pickerSelection = max(0, pickerSelection - 1)
        case .selectNext:
            pickerSelection = max(0, min(routines.count - 1, pickerSelection + 1))
        case .selectFirst:
            pickerSelection = 0
        case .selectLast:
            pickerSelection = max(0, routines.count - 1)
        case .open:
            if routines.indices.contains(pickerSelection) { openSafetyCheck(routineIndex: pickerSelection) }
        case .openByNumber:
            if case .character(let digit) = key, let number = digit.wholeNumberValue, routines.indices.contains(number - 1) {
                pickerSelection = number - 1
                openSafetyCheck(routineIndex: pickerSelection)
            }
        case .showHelp:
            overlay = .help
        case .quit:
            return [.exit(status: 0)]
        }
        return []
    }
}
