import SwiftSyntax

/// The control-flow rules swiftc checks before running anything: a function with a result
/// returns on every path, a `guard` body leaves its scope, a `case` has a statement. Without
/// them a lesson would run a program swiftc refuses (a missing `return` gave `()`).
/// The analysis is on syntax: `return`, `break`, `continue`, calls that never return
/// (`fatalError`, the lesson's own `-> Never` functions), `if`/`else` and `switch` whose every
/// branch exits (`fallthrough` included), and loops only `return` can leave (`while true`
/// without a `break` of their own). Where it is less precise than swiftc it must err towards
/// accepting: the golden programs `*-valid*` hold the valid code earlier versions refused.
/// The statements of a function, getter or closure body, still in the cell's tree (so that
/// every error inside has its real position), with the brace that closes them.
struct BodySyntax {
    let statements: CodeBlockItemListSyntax
    let closingBrace: TokenSyntax

    init(_ block: CodeBlockSyntax) { statements = block.statements; closingBrace = block.rightBrace }
    /// `var area: Int { w * h }`: the getter's statements sit directly in the accessor block.
    init(getter items: CodeBlockItemListSyntax, in block: AccessorBlockSyntax) { statements = items; closingBrace = block.rightBrace }
    init(_ closure: ClosureExprSyntax) { statements = closure.statements; closingBrace = closure.rightBrace }
}

extension Lowerer {
    /// Refuses a body that can reach its end without returning a value of `returnType`.
    func checkReturnsOnEveryPath(_ body: BodySyntax, returnType: SType, kind: String, end: Syntax) throws {
        guard returnType != .void, returnType != .unknown, returnType != .tuple([]),
              !exits(body.statements, leaving: .function) else { return }
        // `func f() -> Int { if c { 1 } else { 2 } }`: an `if` used as the value.
        if body.statements.count == 1, let e = Self.expression(body.statements.first!), Self.isValueShaped(e) {
            throw unsupported("'if'/'switch' used as a value are", e)
        }
        // After a parse error the brace may be missing: the declaration's last token stands in.
        let brace = body.closingBrace.presence == .present ? Syntax(body.closingBrace) : Syntax(end.lastToken(viewMode: .sourceAccurate) ?? body.closingBrace)
        throw LangError("missing return in \(kind) expected to return '\(returnType.name)'", loc(brace), .type)
    }

    /// An `if` or `switch` that could be the function's value: an `else` on every `if`, and every
    /// branch one bare expression. One with a `return` in a branch is a statement, so a body made
    /// of it alone that can reach its end lacks a return.
    static func isValueShaped(_ e: ExprSyntax) -> Bool {
        func single(_ items: CodeBlockItemListSyntax) -> Bool {
            guard items.count == 1, let only = items.first, case .expr(let x) = only.item else { return false }
            return !(x.is(IfExprSyntax.self) || x.is(SwitchExprSyntax.self)) || isValueShaped(x)
        }
        if let i = e.as(IfExprSyntax.self) {
            guard single(i.body.statements) else { return false }
            switch i.elseBody {
            case .codeBlock(let b)?: return single(b.statements)
            case .ifExpr(let next)?: return isValueShaped(ExprSyntax(next))
            case nil: return false
            }
        }
        if let s = e.as(SwitchExprSyntax.self) {
            return s.cases.allSatisfy { c in
                guard case .switchCase(let sc) = c else { return false }
                return single(sc.statements)
            }
        }
        return false
    }

    /// The expression an item is, bare or as an expression statement.
    static func expression(_ item: CodeBlockItemSyntax) -> ExprSyntax? {
        switch item.item {
        case .expr(let e): return e
        case .stmt(let s): return s.as(ExpressionStmtSyntax.self)?.expression
        default: return nil
        }
    }

    /// Refuses a `guard` whose `else` body can fall through.
    func checkGuardExits(_ g: GuardStmtSyntax) throws {
        guard !exits(g.body.statements, leaving: .scope) else { return }
        throw LangError("'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope", loc(g.body.rightBrace), .type)
    }

    /// What counts as leaving: a function's body is left only by `return` (or by what never
    /// returns); a guard's `else` body also by `break` and `continue`. Inside a `switch`, an
    /// unlabelled `break` leaves only the switch.
    enum Leaving { case function, scope, scopeFromSwitch }

    /// True when running `items` cannot reach their end.
    func exits(_ items: CodeBlockItemListSyntax, leaving: Leaving) -> Bool {
        items.contains { item in
            switch item.item {
            case .stmt(let s): return exits(s, leaving: leaving)
            case .expr(let e): return exits(e, leaving: leaving)
            default: return false
            }
        }
    }

    private func exits(_ s: StmtSyntax, leaving: Leaving) -> Bool {
        if s.is(ReturnStmtSyntax.self) || s.is(ThrowStmtSyntax.self) { return true }
        if let b = s.as(BreakStmtSyntax.self) { return leaving == .scope || leaving == .scopeFromSwitch && b.label != nil }
        if s.is(ContinueStmtSyntax.self) { return leaving != .function }
        if let e = s.as(ExpressionStmtSyntax.self) { return exits(e.expression, leaving: leaving) }
        if let w = s.as(WhileStmtSyntax.self) { return isEndless(w.conditions) && !breaks(out: w.body, label: nil) }
        if let r = s.as(RepeatStmtSyntax.self) {
            return exits(r.body.statements, leaving: .function) || isEndless(r.condition) && !breaks(out: r.body, label: nil)
        }
        if let l = s.as(LabeledStmtSyntax.self) {
            if let w = l.statement.as(WhileStmtSyntax.self) { return isEndless(w.conditions) && !breaks(out: w.body, label: l.label.text) }
            if let r = l.statement.as(RepeatStmtSyntax.self) { return isEndless(r.condition) && !breaks(out: r.body, label: l.label.text) }
            return false
        }
        return false
    }

    private func exits(_ e: ExprSyntax, leaving: Leaving) -> Bool {
        if let i = e.as(IfExprSyntax.self) {
            guard exits(i.body.statements, leaving: leaving) else { return false }
            switch i.elseBody {
            case .codeBlock(let b)?: return exits(b.statements, leaving: leaving)
            case .ifExpr(let next)?: return exits(ExprSyntax(next), leaving: leaving)
            case nil: return false
            }
        }
        if let sw = e.as(SwitchExprSyntax.self) {
            // The lowerer checks that the cases cover every value. A case ending in
            // `fallthrough` exits when the case after it does.
            let inner: Leaving = leaving == .function ? .function : .scopeFromSwitch
            var nextExits = false
            for c in sw.cases.reversed() {
                guard case .switchCase(let sc) = c else { return false }
                let endsInFallthrough = sc.statements.last.map { item -> Bool in
                    if case .stmt(let st) = item.item { return st.is(FallThroughStmtSyntax.self) }
                    return false
                } ?? false
                nextExits = exits(sc.statements, leaving: inner) || endsInFallthrough && nextExits
                if !nextExits { return false }
            }
            return true
        }
        if let call = e.as(FunctionCallExprSyntax.self), let callee = call.calledExpression.as(DeclReferenceExprSyntax.self) {
            let name = callee.baseName.text
            if ["fatalError", "preconditionFailure"].contains(name) { return true }
            if neverReturns(name) { return true }
        }
        // `die("bad")` inside a type, `Parser.crash()`, `self.fail()`.
        if let call = e.as(FunctionCallExprSyntax.self), let m = call.calledExpression.as(MemberAccessExprSyntax.self) {
            return neverReturns(m.declName.baseName.text)
        }
        return false
    }

    /// True when every function or method of that name the lesson declares returns `Never`.
    private func neverReturns(_ name: String) -> Bool {
        var decls: [FunctionDecl] = []
        if case .overloads(let infos)? = lookup(name) { decls += infos.compactMap(\.decl) }
        for t in globals.types.values { decls += (t.methods[name] ?? []) + (t.staticMethods[name] ?? []) }
        return !decls.isEmpty && decls.allSatisfy { $0.returnType == .named("Never") }
    }

    /// `while true`, `repeat { } while true`.
    private func isEndless(_ conditions: ConditionElementListSyntax) -> Bool {
        conditions.count == 1 && isEndless(conditions.first!.condition.as(ExprSyntax.self))
    }

    private func isEndless(_ e: ExprSyntax?) -> Bool {
        if let t = e?.as(TupleExprSyntax.self), t.elements.count == 1 { return isEndless(t.elements.first!.expression) }
        return e?.as(BooleanLiteralExprSyntax.self)?.literal.tokenKind == .keyword(.true)
    }

    /// True when the loop body has a `break` that leaves this loop: an unlabelled one outside
    /// nested loops and switches, or one naming the loop's label anywhere.
    private func breaks(out body: CodeBlockSyntax, label: String?) -> Bool {
        var nodes: [(Syntax, nested: Bool)] = body.statements.map { (Syntax($0), false) }
        while let (node, nested) = nodes.popLast() {
            if node.is(ClosureExprSyntax.self) || node.is(FunctionDeclSyntax.self) { continue }
            if let b = node.as(BreakStmtSyntax.self) {
                if let l = b.label?.text { if l == label { return true } } else if !nested { return true }
                continue
            }
            let opensNesting = node.is(WhileStmtSyntax.self) || node.is(RepeatStmtSyntax.self)
                || node.is(ForStmtSyntax.self) || node.is(SwitchExprSyntax.self)
            nodes.append(contentsOf: node.children(viewMode: .sourceAccurate).map { ($0, nested || opensNesting) })
        }
        return false
    }
}

extension Lowerer {
    /// Refuses an `init` that never gives a stored property without a default its value (the
    /// property would be read as `()`). Any assignment to it anywhere in the body counts, so
    /// this finds the property forgotten altogether; swiftc also finds one missed on a path.
    func checkInitialisesEveryProperty(_ ini: InitializerDeclSyntax, of type: NominalType) throws {
        guard let body = ini.body else { return }
        var assigned: Set<String> = []
        var nodes: [Syntax] = [Syntax(body)]
        while let node = nodes.popLast() {
            nodes.append(contentsOf: node.children(viewMode: .sourceAccurate))
            // `self.init(...)` sets everything (the lowerer names that as unsupported).
            if let m = node.as(MemberAccessExprSyntax.self), m.declName.baseName.text == "init",
               m.base?.as(DeclReferenceExprSyntax.self)?.baseName.text == "self" { return }
            guard let infix = node.as(InfixOperatorExprSyntax.self), infix.operator.is(AssignmentExprSyntax.self) else { continue }
            // `x = …`, `self.x = …`, and each element of `(self.x, self.y) = (x, y)`.
            var targets = [infix.leftOperand]
            if let t = infix.leftOperand.as(TupleExprSyntax.self) { targets = t.elements.map(\.expression) }
            for target in targets {
                if let d = target.as(DeclReferenceExprSyntax.self) { assigned.insert(d.baseName.text) }
                if let m = target.as(MemberAccessExprSyntax.self), m.base?.as(DeclReferenceExprSyntax.self)?.baseName.text == "self" {
                    assigned.insert(m.declName.baseName.text)
                }
            }
        }
        if assigned.contains("self") { return }  // `self = Other(...)` in a struct
        for (i, name) in type.storedNames.enumerated() where type.storedDefaults[i] == nil && !assigned.contains(name) {
            throw LangError("return from initializer without initializing all stored properties ('self.\(name)' not initialized)",
                            loc(body.rightBrace), .type)
        }
    }
}
