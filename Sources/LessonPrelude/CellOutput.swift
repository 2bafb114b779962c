/// The lesson runner's notebook conventions as ordinary Swift, for lessons compiled outside the
/// runner (`lesson export swift`): what the interpreter does implicitly, a compiled program
/// does by calling these. Nothing here is needed by lesson code itself.

/// The line printed before each cell's output in an exported program, so the program's
/// output can be split back into cells: an ASCII record separator, `cell`, the cell's index.
public func lessonCellMarker(_ index: Int) -> String { lessonCellMarkerPrefix + String(index) }

/// The marker line without its index.
public let lessonCellMarkerPrefix = "\u{1E}cell "

/// Starts the output of cell `index` (cells count from 0, as in the lesson).
public func lessonCellStart(_ index: Int) {
    print(lessonCellMarker(index))
}

/// What a notebook does with a cell's last expression: prints its description as `print`
/// would, unless it is `Void` (a call made for its effect shows nothing).
public func lessonDisplay<T>(_ value: T) {
    if T.self == Void.self { return }
    print(value)
}
