import Foundation

/// Reads a report page with a real HTML parser, Python's `html.parser`, and returns what the
/// tests check: the elements used, any address or event handler, any outside `url(` in the
/// style, and the text of every table cell in order. The parse fails on an element left open
/// or closed out of order.
struct ReportHTMLParser {
    struct Findings: Decodable {
        var tags: [String]
        var addresses: [String]
        var outsideURLs: [String]
        var cells: [String]
    }

    static let script = #"""
import html.parser, json, re, sys

class Report(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.addresses, self.cells, self.open = set(), [], [], []
        self.in_cell = self.in_style = False
        self.styles = ""
    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag != "meta":
            self.open.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "xlink:href", "action", "srcset") or name.startswith("on"):
                self.addresses.append(name + "=" + (value or ""))
            if value and "url(" in value:
                self.styles += " " + value
        self.in_cell = self.in_cell or tag == "td"
        if tag == "td":
            self.cells.append("")
        self.in_style = tag == "style"
    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            sys.exit("unbalanced </%s> after %s" % (tag, self.open[-3:]))
        self.open.pop()
        if tag == "td":
            self.in_cell = False
        if tag == "style":
            self.in_style = False
    def handle_data(self, data):
        if self.in_cell:
            self.cells[-1] += data
        if self.in_style:
            self.styles += data

report = Report()
report.feed(sys.stdin.read())
report.close()
if report.open:
    sys.exit("unclosed: %s" % report.open)
urls = [u for u in re.findall(r"url\(([^)]*)\)", report.styles) if not u.startswith("#")]
print(json.dumps({"tags": sorted(report.tags), "addresses": report.addresses, "outsideURLs": urls, "cells": report.cells}))
"""#

    /// Parses the page in the file at `path`.
    static func parse(fileAt path: String) throws -> Findings {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ParseFailure(message: problem) }
        return try JSONDecoder().decode(Findings.self, from: data)
    }

    /// The parser refused the page.
    struct ParseFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
