import Foundation
import Glibc

/// A fresh folder under /tmp for one test's journal and files, removed by the caller.
enum ScratchFolder {
    /// Makes `/tmp/knead-e2e-NAME-XXXXXX`; nil when it cannot be made.
    static func make(named name: String) -> String? {
        var template = Array("/tmp/knead-e2e-\(name)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { return nil }
        return String(cString: made)
    }
}
