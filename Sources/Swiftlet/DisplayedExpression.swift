import SwiftOperators
import SwiftParser
import SwiftSyntax

extension Session {
    /// Where, in a cell's source, the expression whose value the cell displays sits: the
    /// cell's last item when `Session.run` would show it, as a UTF-8 byte range without
    /// surrounding trivia. Nil when the cell displays nothing (its last item is a statement,
    /// a declaration or an assignment) or does not parse.
    ///
    /// The Swift exporter wraps exactly this range in an explicit print, so a compiled cell
    /// prints what the interpreted one displayed; the rule is the interpreter's own.
    public static func displayedExpressionRange(in source: String) -> Range<Int>? {
        let tree = Parser.parse(source: source)
        var failed = false
        let folded = lessonOperators.foldAll(tree) { _ in failed = true }
        guard !failed, let file = folded.as(SourceFileSyntax.self),
              let last = file.statements.last, case .expr(let expr) = last.item,
              displayRule.isDisplayable(expr) else { return nil }
        let start = expr.positionAfterSkippingLeadingTrivia.utf8Offset
        let end = expr.endPositionBeforeTrailingTrivia.utf8Offset
        return start..<end
    }

    /// A session used only for its display rule, which reads no session state.
    private static let displayRule = Session()
}
