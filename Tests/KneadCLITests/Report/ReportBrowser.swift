import Foundation

/// Where the headless browser that prints the report is, when it and poppler's tools are installed.
enum ReportBrowser {
    static let path = ["/usr/bin/chromium-headless-shell"].first {
        FileManager.default.isExecutableFile(atPath: $0) && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
    }
}
