import KneadCore

/// Moves a journal that cannot be read out of the way, keeping every byte of it.
///
/// The file and its `-wal` and `-shm` companions are renamed side by side to
/// `journal.sqlite3.damaged-20261201-0930` (with `-2`, `-3`… when that name is taken), so a new
/// journal can start and the old one can still be recovered by hand.
enum DamagedJournal {
    /// Moves the journal at `path` aside; returns the new path, or the reason it could not.
    static func moveAside(_ path: String, at time: LocalTime) -> Result<String, MoveError> {
        let stamp = time.day.iso.filter { $0 != "-" } + "-" + time.hoursMinutes.filter { $0 != ":" }
        var target = "\(path).damaged-\(stamp)"
        var suffix = 2
        while FileSystem.exists(target) || FileSystem.exists(target + "-wal") {
            target = "\(path).damaged-\(stamp)-\(suffix)"
            suffix += 1
        }
        if let reason = FileSystem.rename(path, to: target) { return .failure(MoveError(reason: reason)) }
        for companion in ["-wal", "-shm"] where FileSystem.exists(path + companion) {
            _ = FileSystem.rename(path + companion, to: target + companion)
        }
        return .success(target)
    }

    /// Why a damaged journal stayed where it was.
    struct MoveError: Error {
        var reason: String
    }
}
