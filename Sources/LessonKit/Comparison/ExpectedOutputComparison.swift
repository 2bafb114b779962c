extension ExpectedOutput {
    /// Compares `actual` with this block using the block's own options (tolerances from its
    /// attributes or the lesson's front matter).
    public func compare(actual: String) -> OutputComparison {
        OutputMatcher.compare(expected: text, actual: actual, options: options)
    }
}

extension OutputMismatch {
    /// The diff with expected lines numbered as lines of the lesson file, so a reader can jump
    /// from `@@ -19,2 ...` straight to line 19.
    public func diffText(numberedFor output: ExpectedOutput) -> String {
        diff.rendered(expectedLineOffset: output.firstContentLine - 1)
    }
}
