import Foundation
import SwiftDiagnostics
import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// A notebook session: cells run one after another and share globals, functions and types.
public final class Session {
    let rt: Runtime
    let globals = GlobalScope()
    let globalFrame = Frame(size: 0, parent: nil)
    let builtins: [String: Callable]
    /// Stack size of the evaluator thread: deep recursion must hit the depth limit, not the guard page.
    public var stackSize = 512 << 20
    /// Wraps each run on the evaluator thread, so the host can bind per-document state there
    /// (task-local values do not cross to the new thread by themselves).
    public var around: (() -> Void) -> Void = { $0() }

    public init(library: HostLibrary = HostLibrary(), limits: Limits = Limits()) {
        rt = Runtime(library: library, limits: limits)
        builtins = makeGlobalFunctions(rt: rt)
    }

    public var limits: Limits {
        get { rt.limits }
        set { rt.limits = newValue }
    }

    /// Runs one cell. Never throws or traps on lesson code: errors come back in `error`.
    public func run(source: String, file: String = "", firstLine: Int = 1) -> CellResult {
        var result = CellResult()
        let around = self.around
        let work = { [self] in
            around { result = self.runOnThisThread(source: source, file: file, firstLine: firstLine) }
        }
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { work(); done.signal() }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        return result
    }

    func runOnThisThread(source: String, file: String, firstLine: Int) -> CellResult {
        var result = CellResult()
        rt.output = ""
        rt.events = []
        let map = LocationMap(source: source, firstLine: firstLine)
        func fail(_ e: LangError) {
            result.error = Diagnostic(message: e.message, file: file, range: e.loc.range, kind: e.kind, notes: e.notes)
        }
        if let (offset, message) = SourceGuard.firstProblem(in: source) {
            let (l, c) = map.position(offset)
            fail(LangError(message, Loc(line: l, col: c, endLine: l, endCol: c), .parse))
            return result
        }
        let tree = Parser.parse(source: source)
        let diags = ParseDiagnosticsGenerator.diagnostics(for: tree)
        if let d = diags.first(where: { $0.diagMessage.severity == .error }) {
            let (l, c) = map.position(d.position.utf8Offset)
            fail(LangError(d.message, Loc(line: l, col: c, endLine: l, endCol: c), .parse))
            return result
        }
        var foldError: Error?
        let folded = Self.operators.foldAll(tree) { err in if foldError == nil { foldError = err } }
        if let err = foldError {
            fail(LangError("\(err)", map.loc(tree), .parse))
            return result
        }
        guard let file2 = folded.as(SourceFileSyntax.self) else { return result }
        let items = Array(file2.statements)
        let lowerer = Lowerer(rt: rt, globals: globals, globalFrame: globalFrame, map: map, builtins: builtins)
        var body: [Stmt] = []
        var display: Expr?
        do {
            if let last = items.last, case .expr(let e) = last.item, isDisplayable(e) {
                body = try lowerer.lowerItems(items.dropLast())
                display = try lowerer.lowerExpr(e, nil).0
            } else {
                body = try lowerer.lowerItems(items)
            }
        } catch let e as LangError {
            fail(e)
            return result
        } catch {
            fail(LangError("\(error)", .none, .parse))
            return result
        }
        lowerer.commitGlobals()
        globalFrame.grow(to: globals.count)
        rt.start()
        do {
            _ = try BlockStmt(body).exec(globalFrame)
            if let display {
                let v = try display.eval(globalFrame)
                if case .void = v {} else {
                    result.displayed = v
                    result.displayText = v.description
                }
            }
        } catch let e as LangError {
            fail(e)
        } catch {
            fail(LangError("\(error)", .none, .runtime))
        }
        result.output = rt.output
        result.events = rt.events
        if let v = result.displayed { result.events.append(.display(v)) }
        return result
    }

    /// Swift's standard operators plus the pointwise comparisons (`.==`, `.<`…) that the
    /// standard library declares for SIMD types and hosts may define for their own types.
    static let operators: OperatorTable = {
        var table = OperatorTable.standardOperators
        let declarations = [".==", ".!=", ".<", ".<=", ".>", ".>="]
            .map { "infix operator \($0) : ComparisonPrecedence\n" }.joined()
        try? table.addSourceFile(Parser.parse(source: declarations)) { _ in }
        return table
    }()

    /// Operators whose use is a statement, not a value (`.!=` and `>=` end in `=` but are values).
    static let assignmentOperators: Set<String> = ["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*="]

    /// A trailing expression shows its value (REPL style) unless it is an assignment or a statement-like form.
    func isDisplayable(_ e: ExprSyntax) -> Bool {
        if e.is(IfExprSyntax.self) || e.is(SwitchExprSyntax.self) || e.is(ClosureExprSyntax.self) { return false }
        if let i = e.as(InfixOperatorExprSyntax.self) {
            if i.operator.is(AssignmentExprSyntax.self) { return false }
            if let op = i.operator.as(BinaryOperatorExprSyntax.self), op.operator.text.hasSuffix("="),
               Self.assignmentOperators.contains(op.operator.text) { return false }
        }
        return true
    }
}
