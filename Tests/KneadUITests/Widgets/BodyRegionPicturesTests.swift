import Foundation
import KneadCore
import Testing
@testable import KneadUI

/// docs/body-regions.md shows a small picture of every region exactly as knead draws it, so
/// the pictures in the documentation cannot drift from the figure.
@Suite struct BodyRegionPicturesTests {
    /// The end of the page: each region under its name, drawn small.
    static var pictures: String {
        let theme = Theme(colors: false, words: .english)
        let sections = BodyRegion.allCases.map { region in
            let figure = BodyFigure(view: region.view, regions: [region], side: nil, direction: nil, points: [], theme: theme)
            let extent = figure.extent(.small)
            var screen = Screen(width: extent.width, height: extent.height)
            figure.draw(into: &screen, area: Area(of: screen))
            return "### `\(region.rawValue)`\n\n```\n\(screen.text)\n```\n"
        }
        return sections.joined(separator: "\n")
    }

    @Test func thePagesPicturesAreTheFigures() throws {
        let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../docs/body-regions.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        #expect(text.hasSuffix(Self.pictures), "docs/body-regions.md should end with:\n\(Self.pictures)")
    }
}
