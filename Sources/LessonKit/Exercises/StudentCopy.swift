import CommonMark

/// The copy of a lesson a student works on: each solution region replaced by its
/// placeholder, hidden checks (with their output blocks) removed, every other byte kept.
public enum StudentCopy {
    /// The student text of `lesson`. Fails when the lesson's exercises are malformed, since a
    /// half-stripped copy could leak a solution.
    public static func make(from lesson: Lesson, catalog: ExerciseCatalog? = nil) throws -> String {
        let catalog = catalog ?? ExerciseCatalog(lesson: lesson)
        if let first = catalog.issues.first { throw first }
        let lines = SourceLines(lesson.source)
        var edits: [(range: Range<Int>, replacement: [UInt8])] = []
        for exercise in catalog.exercises {
            for region in exercise.regions {
                let start = lines.lineStarts[region.firstLine - 1]
                let end = lines.byteOffsetAfterLine(region.lastLine)
                edits.append((start..<end, Array(placeholderText(region, lines).utf8)))
            }
            for check in exercise.checks where check.hidden {
                let cell = lesson.cells[check.cellIndex]
                let lastLine = cell.expected?.range.end.line ?? cell.fence.closingLine ?? lines.count
                var end = lines.byteOffsetAfterLine(lastLine)
                var next = lastLine + 1
                while next <= lines.count, lines.bytes(ofLine: next).allSatisfy({ $0 == 0x20 || $0 == 0x09 }),
                      lines.byteOffsetAfterLine(next) > end {
                    end = lines.byteOffsetAfterLine(next)
                    next += 1
                }
                edits.append((lines.lineStarts[cell.range.start.line - 1]..<end, []))
            }
        }
        var bytes = lines.bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(edit.range, with: edit.replacement)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The region's placeholder, or `// YOUR CODE HERE` at the region's indentation.
    static func placeholderText(_ region: SolutionRegion, _ lines: SourceLines) -> String {
        if let placeholder = region.placeholder { return placeholder }
        let first = lines.text(ofLine: region.firstLine)
        let indent = first.prefix { $0 == " " || $0 == "\t" }
        return String(indent) + SolutionMarkers.defaultPlaceholder + (lines.lineBreak(ofLine: region.lastLine) ?? "\n")
    }
}
