import Foundation
import LessonKit
import LessonSite
import Swiftlet

/// What one fuzz input goes through, shared by the libFuzzer binaries (scripts/build-fuzzers
/// compiles this file into them) and by the regression tests that replay saved inputs.
/// It never traps by itself: it returns the invariants an input broke, and the fuzz entry
/// points turn a non-empty list into a crash so libFuzzer keeps the input.
enum FuzzHarness {
    /// Small limits, so one input costs milliseconds and a runaway program stops early.
    static var runSettings: RunSettings {
        var settings = RunSettings()
        settings.timeLimit = 0.5
        settings.maxCallDepth = 100
        settings.engineLimits = EngineLimits(maxElementsPerTensor: 100_000, maxTotalElements: 1_000_000,
                                             maxMultiplyAdds: 100_000_000)
        return settings
    }

    /// Markdown in: parse, run every cell, render prose, code and outputs to HTML, then update
    /// twice. Returns the broken invariants (empty when the input was handled well).
    /// A cell's `timeout=` overrides the run's limit, so it is disarmed first (it becomes an
    /// unknown attribute): otherwise `timeout=99999s` on an endless loop is a hang by request.
    static func markdown(_ data: Data) -> [String] {
        var broken: [String] = []
        let lesson = Lesson.parse(data: data.replacingTimeouts(), file: "fuzz.md")
        let lineCount = SourceLines(lesson.source).count
        for diagnostic in lesson.diagnostics where diagnostic.line < 1 || diagnostic.line > lineCount + 1 || diagnostic.column < 1 {
            broken.append("diagnostic outside the file: \(diagnostic)")
        }
        for (position, cell) in lesson.cells.enumerated() where cell.index != position {
            broken.append("cell \(position) has index \(cell.index)")
        }
        let report = LessonRunner(settings: runSettings).run(lesson)
        if report.outcomes.count != lesson.cells.count {
            broken.append("\(report.outcomes.count) outcomes for \(lesson.cells.count) cells")
        }
        broken += render(lesson, report)
        broken += updateTwice(lesson, outputs: RecordedOutputs.from(report))
        return broken
    }

    /// Prose through cmark with math, code through the highlighter, outputs escaped: no raw
    /// `<script` may come out of a safe rendering.
    static func render(_ lesson: Lesson, _ report: LessonReport) -> [String] {
        var broken: [String] = []
        for block in lesson.blocks {
            switch block {
            case .prose(let prose):
                let html = renderHTML(markdown: prose.markdown, unsafe: false)
                if html.range(of: "<script", options: .caseInsensitive) != nil {
                    broken.append("safe prose rendering kept a <script> tag")
                }
            case .cell(let cell):
                let html = SwiftHighlighter.highlight(cell.source)
                if html.contains("<script") { broken.append("highlighted code contains <script") }
            case .output(let output, _):
                if HTML.escape(output.text).contains("<") { broken.append("escaped output contains <") }
            case .fence(let fence):
                if HTML.escape(fence.literal).contains("<") { broken.append("escaped fence contains <") }
            }
        }
        for outcome in report.outcomes where HTML.escape(outcome.actual).contains("<") {
            broken.append("escaped actual output contains <")
        }
        return broken
    }

    /// `update --add` keeps every cell as it was, and a second update with the same outputs
    /// changes nothing.
    static func updateTwice(_ lesson: Lesson, outputs: [Int: String]) -> [String] {
        guard let first = try? LessonUpdater(lesson: lesson).update(actualOutputs: outputs, addMissing: true) else {
            return []
        }
        let updated = Lesson.parse(text: first.text, file: lesson.file)
        guard updated.cells.map(\.source) == lesson.cells.map(\.source),
              updated.cells.map(\.attributes) == lesson.cells.map(\.attributes) else {
            return ["update changed the cells (\(lesson.cells.count) before, \(updated.cells.count) after)"]
        }
        guard let second = try? LessonUpdater(lesson: updated).update(actualOutputs: outputs, addMissing: true) else {
            return ["the updated text can no longer be updated"]
        }
        if !second.changesNothing || second.text != first.text {
            return ["a second update changed the text again (cells \(second.rewrittenCells) rewritten, \(second.addedCells) added)"]
        }
        return []
    }

    /// Cells of one fuzz input are separated by this line, so state carried between cells is
    /// exercised too.
    static let cellSeparator = "\n//--\n"

    /// Lesson-language source in: parse, lower and run each cell with small limits in one
    /// session. Returns the broken invariants.
    static func swiftlet(_ data: Data) -> [String] {
        var broken: [String] = []
        let text = String(decoding: data, as: UTF8.self)
        let context = EngineContext(seed: 0, limits: runSettings.engineLimits)
        let session = Session(library: EngineBindings.library(context),
                              limits: Limits(timeLimit: 0.5, maxCallDepth: 100, maxSteps: 1_000_000))
        session.around = { body in context.withBudget(body) }
        var firstLine = 1
        for cell in text.components(separatedBy: cellSeparator) {
            let cellLines = cell.split(separator: "\n", omittingEmptySubsequences: false).count
            let result = session.run(source: cell, file: "fuzz.swift", firstLine: firstLine)
            if let error = result.error {
                let line = error.range.start.line
                if error.message.isEmpty { broken.append("empty error message") }
                // A function declared in an earlier cell fails inside its own body, up there.
                if line < 1 || line > firstLine + cellLines || error.range.start.column < 1 {
                    broken.append("error outside the cells run so far (lines 1-\(firstLine + cellLines - 1)): "
                        + "\(error.range.start) \(error.kind.rawValue): \(error.message)")
                }
            }
            firstLine += cellLines + 1
        }
        return broken
    }
}

extension Data {
    /// Every `timeout=` made `timeout~`, byte-wise (inputs need not be valid UTF-8).
    func replacingTimeouts() -> Data {
        let needle = Array("timeout=".utf8)
        var bytes = [UInt8](self)
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { bytes[i + needle.count - 1] = UInt8(ascii: "~") }
            i += 1
        }
        return Data(bytes)
    }
}
