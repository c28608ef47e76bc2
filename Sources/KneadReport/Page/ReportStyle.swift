/// The page's style sheet: screen and print, A4 and Letter alike, nothing loaded from outside.
public struct ReportStyle: Hashable, Sendable {
    /// The CSS, written inside `<style>` as it is.
    public let css: String

    /// The one style the report uses.
    public static let page = ReportStyle(css: """
        @page { margin: 15mm; }
        * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #111;
          max-width: 178mm; margin: 0 auto; padding: 8px; line-height: 1.35; }
        h1 { font-size: 17pt; margin: 0 0 4px; }
        h2 { font-size: 13.5pt; margin: 18px 0 6px; border-bottom: 2px solid #333; padding-bottom: 2px; break-after: avoid; }
        h3 { font-size: 11pt; margin: 10px 0 4px; break-after: avoid; }
        p { margin: 3px 0; }
        .note { color: #333; font-size: 9.5pt; }
        section.routine { break-before: auto; }
        figure { margin: 8px 0; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-weight: bold; margin-bottom: 2px; }
        svg { display: block; max-width: 100%; height: auto; }
        table { border-collapse: collapse; margin: 4px 0 8px; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 1px solid #777; padding: 2px 6px; text-align: left; vertical-align: top; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        th { background: #e8e8e8; }
        ul { margin: 2px 0 6px; padding-left: 20px; }
        .keep { break-inside: avoid; page-break-inside: avoid; }
        """)
}
