import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// A fresh temporary folder per test, removed afterwards.
func makeTemporaryDirectory(_ test: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("LessonSiteTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}

func readText(_ url: URL) throws -> String {
    try String(decoding: Data(contentsOf: url), as: UTF8.self)
}

struct MalformedXML: Error, CustomStringConvertible {
    let description: String
}

/// Parses `markup` as XML; throws when it is not well-formed. `XMLParser` judges well-formedness
/// (FoundationXML's `XMLDocument` silently recovers from errors); `XMLDocument` then gives a tree.
func parseXML(_ markup: String) throws -> XMLElement {
    let parser = XMLParser(data: Data(markup.utf8))
    if !parser.parse() || parser.parserError != nil {
        throw MalformedXML(description: "not well-formed (\(String(describing: parser.parserError))): \(markup.prefix(200))")
    }
    let document = try XMLDocument(xmlString: markup, options: [])
    guard let root = document.rootElement() else { throw NSError(domain: "no root", code: 1) }
    return root
}

/// Occurrences of `needle` in `haystack`.
func count(_ needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
}

/// An attribute's value. Looked up by local name because FoundationXML's `attribute(forName:)`
/// misses attributes of elements in the SVG default namespace.
func attribute(_ element: XMLElement, _ name: String) -> String? {
    element.attributes?.first { $0.localName == name || $0.name == name }?.stringValue
}

/// Child elements by local name (namespace-proof, as above).
func children(_ element: XMLElement, named name: String) -> [XMLElement] {
    (element.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == name || $0.name == name }
}
