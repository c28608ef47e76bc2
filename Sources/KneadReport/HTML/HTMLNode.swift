/// A piece of an HTML (or inline SVG) document: an element, or text that is always escaped.
///
/// The report is built as a tree of these and written out once, so no text from a script or the
/// journal can become markup: `text` and every attribute value pass through `HTMLEscaping`.
public indirect enum HTMLNode: Hashable, Sendable {
    /// An element with its attributes in order and its children; `void` elements (`meta`, `br`)
    /// have no closing tag.
    case element(name: String, attributes: [HTMLAttribute], children: [HTMLNode], void: Bool)
    /// Text, escaped when written.
    case text(String)
    /// The report's own style sheet, written as it is inside `<style>`: a constant of this
    /// module, never text from outside.
    case styleSheet(ReportStyle)
    /// Several nodes in a row, with no element around them.
    case group([HTMLNode])

    /// An element named `name`.
    public static func element(_ name: String, _ attributes: [HTMLAttribute] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name: name, attributes: attributes, children: children, void: false)
    }

    /// An element with no closing tag, such as `meta`.
    public static func voidElement(_ name: String, _ attributes: [HTMLAttribute]) -> HTMLNode {
        .element(name: name, attributes: attributes, children: [], void: true)
    }

    /// Appends this node's markup to `output`.
    public func write(to output: inout String) {
        switch self {
        case .element(let name, let attributes, let children, let void):
            output += "<"
            output += name
            for attribute in attributes {
                output += " "
                output += attribute.name
                output += "=\""
                HTMLEscaping.append(attribute.value, to: &output)
                output += "\""
            }
            output += ">"
            if void { return }
            for child in children { child.write(to: &output) }
            output += "</"
            output += name
            output += ">"
        case .text(let text):
            HTMLEscaping.append(text, to: &output)
        case .styleSheet(let style):
            output += style.css
        case .group(let nodes):
            for node in nodes { node.write(to: &output) }
        }
    }

    /// This node's markup.
    public var markup: String {
        var output = ""
        write(to: &output)
        return output
    }
}
