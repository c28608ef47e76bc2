/// A limit on how many end-to-end terminals run at once.
///
/// Swift Testing starts every case of a parameterized test at the same time; hundreds of tmux
/// servers at once on a small machine would starve the other tests' deadlines. A case takes a
/// slot before it opens its terminal and gives it back when done.
actor TerminalSlots {
    /// The slots shared by the key-table tests.
    static let keyTables = TerminalSlots(count: 4)

    /// How many slots are free.
    private var free: Int
    /// The cases waiting for a slot, first come first served.
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(count: Int) {
        free = count
    }

    /// Runs `body` while holding a slot, waiting for one first if all are taken.
    func withSlot<Result: Sendable>(_ body: @Sendable () async throws -> Result) async rethrows -> Result {
        await take()
        defer { giveBack() }
        return try await body()
    }

    private func take() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func giveBack() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
