#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The names in a folder, read with the plain POSIX calls.
///
/// The catalog lists the user's folder at every start; reading it with `opendir` keeps the
/// session's process from paging in Foundation's file and URL machinery for one listing.
enum DirectoryListing {
    /// The names of the entries in `folder`, without `.` and `..`, in no particular order;
    /// nil when the folder cannot be opened (missing, not a folder, or not readable).
    static func names(in folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
