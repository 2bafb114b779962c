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
    let globalFrame = Frame(size: Frame.globalCapacity, parent: nil, slotsInUse: 0)
    /// Owns every lowered node of this session; nodes link to each other without reference counting.
    let arena = NodeArena()
    let builtins: [String: Callable]
    /// Stack size of the evaluator thread: deep recursion must hit the depth limit, not the guard page.
    public var stackSize = Session.evaluatorStackSize
    /// The stack every cell needs (virtual memory: only the pages used are ever touched).
    public static let evaluatorStackSize = 512 << 20
    /// Wraps each run on the evaluator thread, so the host can bind per-document state there
    /// (task-local values do not cross to the new thread by themselves).
    public var around: (() -> Void) -> Void = { $0() }

    /// Made at the first run (with the `stackSize` then in force) and kept for the session.
    private var evaluator: EvaluatorThread?

    public init(library: HostLibrary = HostLibrary(), limits: Limits = Limits()) {
        rt = Runtime(library: library, limits: limits)
        builtins = makeGlobalFunctions(rt: rt)
    }

    deinit {
        evaluator?.stop()
        // Closures stored in the frames they captured keep those frames alive in cycles (the
        // global frame alone is 1 MB); clearing them frees the session's values.
        rt.capturedFrames.clearAll()
        globalFrame.clear()
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
        // A caller that already has the stack a cell needs (the runner's workers, started with
        // `onEvaluatorStacks`) runs it itself: handing each cell to another thread cost two
        // thread wake-ups, as much as parsing and running a short cell.
        if Thread.current.stackSize >= stackSize {
            work()
            return result
        }
        if evaluator == nil { evaluator = EvaluatorThread(stackSize: stackSize) }
        evaluator?.run(work)
        return result
    }

    /// Runs `body` on `count` new threads that have the stack a cell needs, and waits for all of
    /// them. Sessions used on those threads run their cells in place.
    public static func onEvaluatorStacks(count: Int, stackSize: Int = evaluatorStackSize, _ body: @escaping @Sendable (Int) -> Void) {
        let done = DispatchGroup()
        for index in 0..<max(1, count) {
            done.enter()
            let thread = Thread {
                body(index)
                done.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        done.wait()
    }

    func runOnThisThread(source: String, file: String, firstLine: Int) -> CellResult {
        var result = CellResult()
        rt.output = ""
        rt.events = []
        rt.printSites = []
        let map = LocationMap(source: source, firstLine: firstLine)
        func fail(_ e: LangError) {
            var notes = e.notes
            if let call = e.callSite { notes.append("called from \(file.isEmpty ? "line " : file + ":")\(call.line):\(call.col)") }
            result.error = Diagnostic(message: e.message, file: e.file ?? file, range: e.loc.range, kind: e.kind, notes: notes)
        }
        rt.currentFile = file
        NodeArena.lock.lock()
        NodeArena.current = arena
        var locked = true
        func unlock() { if locked { NodeArena.current = nil; NodeArena.lock.unlock(); locked = false } }
        defer { unlock() }
        if let offset = findExcessiveNesting(source, limit: 200) {
            let (l, c) = map.position(offset)
            fail(LangError("brackets nested more than 200 levels deep", Loc(line: l, col: c, endLine: l, endCol: c + 1), .parse))
            return result
        }
        // What swift-syntax cannot parse safely (exponential `[` lookahead, Fix-It traps).
        if let (offset, message) = SourceGuard.firstProblem(in: source) {
            let (l, c) = map.position(offset)
            fail(LangError(message, Loc(line: l, col: c, endLine: l, endCol: c), .parse))
            return result
        }
        // explicit nesting limit: swift-syntax's default differs between debug and release builds
        var text = source
        let tree = text.withUTF8 { Parser.parse(source: $0, maximumNestingLevel: 256) }
        // the diagnostics walk is only needed when the parser recovered from something
        let diags = tree.hasError ? ParseDiagnosticsGenerator.diagnostics(for: tree) : []
        if let d = diags.first(where: { $0.diagMessage.severity == .error }) {
            let (l, c) = map.position(d.position.utf8Offset)
            fail(LangError(d.message, Loc(line: l, col: c, endLine: l, endCol: c), .parse))
            return result
        }
        var foldError: Error?
        let folded = lessonOperators.foldAll(tree) { err in if foldError == nil { foldError = err } }
        if let err = foldError {
            fail(map.foldFailure(err, in: tree))
            return result
        }
        guard let file2 = folded.as(SourceFileSyntax.self) else { return result }
        let items = Array(file2.statements)
        let lowerer = Lowerer(rt: rt, globals: globals, globalFrame: globalFrame, map: map, builtins: builtins)
        var body: [Stmt] = []
        var display: Expr?
        let typesBefore = globals.types, refsBefore = globals.typeRefs
        // a failed cell declares nothing: its types could point at global slots never allocated
        func rollback() { globals.types = typesBefore; globals.typeRefs = refsBefore }
        do {
            if let last = items.last, case .expr(let e) = last.item, isDisplayable(e) {
                body = try lowerer.lowerItems(items.dropLast())
                display = try lowerer.lowerExpr(e, nil).0
            } else {
                body = try lowerer.lowerItems(items)
            }
        } catch let e as LangError {
            rollback()
            fail(e)
            return result
        } catch {
            rollback()
            fail(LangError("\(error)", .none, .parse))
            return result
        }
        if lowerer.ctx.nextSlot > Frame.globalCapacity {
            rollback()
            fail(LangError("too many global variables (limit \(Frame.globalCapacity))", .none, .limit))
            return result
        }
        lowerer.commitGlobals()
        globalFrame.slotsInUse = max(globalFrame.slotsInUse, globals.count)
        // Made while the lock is held: a node made after it would go to whichever session's
        // arena is current then, from this thread while that session lowers on its own.
        let program = BlockStmt(body)
        unlock()
        rt.start()
        do {
            _ = try program.exec(globalFrame)
            if let display {
                let v = try display.eval(globalFrame)
                // `()` is Void too (`func unit() { return () }`): a notebook shows nothing for it.
                var isVoid = false
                if case .void = v { isVoid = true } else if case .tuple(let t) = v, t.elements.isEmpty { isVoid = true }
                if !isVoid {
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
        result.printSites = rt.printSites
        if let v = result.displayed { result.events.append(.display(v)) }
        return result
    }

    /// Operators whose use is a statement, not a value (`.!=` and `>=` end in `=` but are values).
    static let assignmentOperators: Set<String> = ["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*=", "&<<=", "&>>="]

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

extension LocationMap {
    /// An operator-folding error (an operator the table does not know), in swift-syntax's words
    /// and at the operator it is about.
    func foldFailure(_ error: Error, in tree: some SyntaxProtocol) -> LangError {
        guard let operatorError = error as? OperatorError else { return LangError("\(error)", loc(tree), .parse) }
        switch operatorError {
        case .missingOperator(_, let node), .missingGroup(_, let node):
            return LangError(operatorError.message, loc(node), .parse)
        case .incomparableOperators(let left, _, _, _):
            return LangError(operatorError.message, loc(left), .parse)
        default:
            return LangError(operatorError.message, loc(tree), .parse)
        }
    }
}
