import Swiftlet

/// Decides a cell's status from what it produced: compares with the output block, checks that
/// an `error` cell failed, and words the failure with its places in the file.
struct CellJudge {
    let lesson: Lesson
    let frontMatter: LessonFrontMatter

    func judge(_ cell: CodeCell, _ result: CellResult) -> CellOutcome {
        let displays = result.events.compactMap { event -> DisplayedValue? in
            if case .display(let value) = event { return DisplayedValue(text: result.displayText ?? "", value: value) }
            return nil
        }
        let produced = Self.transcript(result)
        if cell.attributes.expectsError {
            guard let error = result.error else {
                return outcome(cell, produced, displays, .failed(CellFailure(
                    kind: .unexpectedSuccess, message: "the cell is marked `error` but ran without failing",
                    location: place(cell.range.start.line), outputLocation: nil)))
            }
            return compared(cell, actual: error.message, displays)
        }
        if let error = result.error {
            let location = "\(error.file.isEmpty ? lesson.file : error.file):\(error.range.start.line):\(error.range.start.column)"
            // A note the message already says (`...; did you mean 'g'?`) is not repeated.
            let extraNotes = error.notes.filter { !error.message.contains($0) }
            let notes = extraNotes.isEmpty ? "" : "\n" + extraNotes.map { "note: \($0)" }.joined(separator: "\n")
            return outcome(cell, produced, displays, .failed(CellFailure(
                kind: .error(kind: error.kind.rawValue), message: error.message + notes,
                location: location, outputLocation: cell.expected.map { place($0.range.start.line) })))
        }
        return compared(cell, actual: produced, displays, printed: result.output.utf8.count, sites: result.printSites)
    }

    /// What an output block records: printed text, then the displayed value's description.
    static func transcript(_ result: CellResult) -> String {
        var text = result.output
        if let shown = result.displayText {
            if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
            text += shown + "\n"
        }
        return text
    }

    private func compared(_ cell: CodeCell, actual: String, _ displays: [DisplayedValue],
                          printed: Int = 0, sites: [PrintSite] = []) -> CellOutcome {
        // An exercise's `check` cell is a check even without an output block: running is passing.
        guard let expected = cell.expected else { return outcome(cell, actual, displays, cell.attributes.check ? .passed : .notChecked) }
        var options = expected.options
        if options.nondeterministic { return outcome(cell, actual, displays, .notChecked) }
        if let atol = frontMatter.atol, options.approx, options.atol == OutputOptions.defaultAtol { options.atol = atol }
        if let rtol = frontMatter.rtol, options.approx, options.rtol == OutputOptions.defaultRtol { options.rtol = rtol }
        switch OutputMatcher.compare(expected: expected.text, actual: actual, options: options, firstLine: expected.firstContentLine) {
        case .match:
            return outcome(cell, actual, displays, .passed)
        case .mismatch(let mismatch):
            let offset = expected.firstContentLine - 1
            let diff = mismatch.diff.rendered(expectedLineOffset: offset, actualLineOffset: offset)
            let statement = PrintedLineOrigin.statementLine(of: mismatch.diff, actual: actual, printed: printed, sites: sites)
            return outcome(cell, actual, displays, .failed(CellFailure(
                kind: .mismatch(diff: diff), message: mismatch.summary,
                location: place(statement ?? cell.firstCodeLine), outputLocation: place(expected.range.start.line))))
        }
    }

    private func place(_ line: Int) -> String { "\(lesson.file):\(line)" }

    private func outcome(_ cell: CodeCell, _ actual: String, _ displays: [DisplayedValue], _ status: CellStatus) -> CellOutcome {
        CellOutcome(cellIndex: cell.index, actual: actual, status: status, displays: displays)
    }
}
