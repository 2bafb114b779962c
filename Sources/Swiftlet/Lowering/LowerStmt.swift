import SwiftSyntax

extension Lowerer {
    /// Lowers a list of statements as one block, hoisting local `func`s (Swift lets them be
    /// used before their declaration and call each other).
    func lowerItems(_ items: some Sequence<CodeBlockItemSyntax>) throws -> [Stmt] {
        if ctx.level == 0 { announceTypes(in: items) }
        var out: [Stmt] = []
        var funcs: [(FunctionDeclSyntax, FunctionDecl, Int)] = []
        for item in items {
            if case .decl(let d) = item.item, let fd = d.as(FunctionDeclSyntax.self) {
                let decl = try lowerSignature(fd, selfType: nil, isStatic: false)
                let info = declare(fd.name.text, type: .function, isLet: true, decl: decl)
                funcs.append((fd, decl, info.slot))
                out.append(FuncDeclStmt(info.slot, decl, rt: rt))
            }
        }
        var next = 0
        for item in items {
            if case .decl(let d) = item.item, d.is(FunctionDeclSyntax.self) {
                let (fd, decl, _) = funcs[next]; next += 1
                try lowerBody(fd.body.map(BodySyntax.init), into: decl, selfType: nil, isStatic: false, node: fd)
                continue
            }
            if let s = try lowerItem(item) { out.append(s) }
        }
        return out
    }

    /// Registers the names of the structs and classes these top-level items declare (ones the
    /// session does not know yet), so code above a declaration can use the type.
    func announceTypes(in items: some Sequence<CodeBlockItemSyntax>) {
        for item in items {
            guard case .decl(let d) = item.item else { continue }
            if let e = d.as(EnumDeclSyntax.self) { unsupportedDeclarations[e.name.text] = unsupported("enums are", d) }
            if let t = d.as(TypeAliasDeclSyntax.self) { unsupportedDeclarations[t.name.text] = unsupported("typealiases are", d) }
            if let p = d.as(ProtocolDeclSyntax.self) { unsupportedDeclarations[p.name.text] = unsupported("protocols are", d) }
            var declared: (String, Bool)?
            if let s = d.as(StructDeclSyntax.self) { declared = (s.name.text, false) }
            if let c = d.as(ClassDeclSyntax.self) { declared = (c.name.text, true) }
            guard let (name, isClass) = declared, globals.types[name] == nil else { continue }
            let t = NominalType(name: name, isClass: isClass)
            // Conformances are known with the name: `a == b` above `struct P: Equatable` is fine.
            let inherited = d.as(StructDeclSyntax.self)?.inheritanceClause ?? d.as(ClassDeclSyntax.self)?.inheritanceClause
            for inh in inherited?.inheritedTypes ?? [] { t.conformances.insert(inh.type.trimmedDescription) }
            t.globalFrame = globalFrame
            announcedTypes[name] = t
            globals.types[name] = t
        }
    }

    func lowerItem(_ item: CodeBlockItemSyntax) throws -> Stmt? {
        switch item.item {
        case .decl(let d): return try lowerDecl(d)
        case .stmt(let s): return try lowerStmt(s)
        case .expr(let e): return try lowerExprStmt(e)
        }
    }

    func lowerExprStmt(_ e: ExprSyntax) throws -> Stmt {
        if let i = e.as(IfExprSyntax.self) { return try lowerIf(i) }
        if let s = e.as(SwitchExprSyntax.self) { return try lowerSwitch(s, label: nil) }
        return ExprStmt(try lowerExpr(e, nil).0)
    }

    func lowerBlock(_ b: CodeBlockSyntax) throws -> Stmt {
        pushScope(); defer { popScope() }
        let stmts = try lowerItems(b.statements)
        return stmts.count == 1 ? stmts[0] : BlockStmt(stmts)
    }

    func lowerStmt(_ s: StmtSyntax) throws -> Stmt {
        if let e = s.as(ExpressionStmtSyntax.self) { return try lowerExprStmt(e.expression) }
        if let g = s.as(GuardStmtSyntax.self) {
            try checkGuardExits(g)
            let elseBody = try lowerBlock(g.body)
            let conds = try lowerConditions(g.conditions)
            return GuardStmt(conds, elseBody)
        }
        if let w = s.as(WhileStmtSyntax.self) { return try lowerWhile(w, label: nil) }
        if let r = s.as(RepeatStmtSyntax.self) { return try lowerRepeat(r, label: nil) }
        if let f = s.as(ForStmtSyntax.self) { return try lowerFor(f, label: nil) }
        if let b = s.as(BreakStmtSyntax.self) {
            if loopLabels.isEmpty { throw LangError("'break' is only allowed inside a loop, if, do, or switch", loc(b), .parse) }
            if let l = b.label?.text, !loopLabels.contains(l) { throw LangError("cannot find label '\(l)' in scope", loc(b), .name) }
            return BreakStmt(b.label?.text)
        }
        if let c = s.as(ContinueStmtSyntax.self) {
            if !loopLabels.contains(where: { $0 != "#switch" }) { throw LangError("'continue' is only allowed inside a loop", loc(c), .parse) }
            if let l = c.label?.text, !loopLabels.contains(l) { throw LangError("cannot find label '\(l)' in scope", loc(c), .name) }
            return ContinueStmt(c.label?.text)
        }
        if s.is(FallThroughStmtSyntax.self) { return ContinueStmt("#fallthrough") }
        if let r = s.as(ReturnStmtSyntax.self) {
            var fn: FuncCtx? = ctx
            while let c = fn, c.decl == nil { fn = c.parent }
            guard let fnDecl = fn?.decl else { throw LangError("return invalid outside of a func", loc(r), .parse) }
            // A Void function may return a Void expression (`return print(x)`, `return ()`).
            if let e = r.expression, fnDecl.returnType == .void || fnDecl.returnType == .tuple([]), fnDecl.name != "closure" {
                let (value, type) = try lowerExpr(e, nil)
                if type.isKnownNonOptional && type != .tuple([]) {
                    throw LangError("unexpected non-void return value in void function", loc(e), .type)
                }
                return ReturnStmt(value)
            }
            if r.expression == nil, fnDecl.returnType != .void, fnDecl.returnType != .unknown, fnDecl.returnType != .tuple([]) {
                throw LangError("non-void function should return a value", loc(r), .type)
            }
            return ReturnStmt(try r.expression.map { try lowerResult($0, fnDecl.returnType, ofClosure: fnDecl.name == "closure") })
        }
        if let l = s.as(LabeledStmtSyntax.self) {
            let label = l.label.text
            if let w = l.statement.as(WhileStmtSyntax.self) { return try lowerWhile(w, label: label) }
            if let r = l.statement.as(RepeatStmtSyntax.self) { return try lowerRepeat(r, label: label) }
            if let f = l.statement.as(ForStmtSyntax.self) { return try lowerFor(f, label: label) }
            if let e = l.statement.as(ExpressionStmtSyntax.self), let sw = e.expression.as(SwitchExprSyntax.self) { return try lowerSwitch(sw, label: label) }
            throw unsupported("labels on this statement are", l)
        }
        if s.is(ThrowStmtSyntax.self) { throw unsupported("throwing errors is", s) }
        if s.is(DeferStmtSyntax.self) { throw unsupported("'defer' is", s) }
        if s.is(DoStmtSyntax.self) { throw unsupported("'do' blocks are", s) }
        throw unsupported("this statement is", s)
    }

    func lowerConditions(_ list: ConditionElementListSyntax) throws -> [Condition] {
        var out: [Condition] = []
        for c in list {
            switch c.condition {
            case .expression(let e):
                if let i = e.as(InfixOperatorExprSyntax.self), i.operator.is(AssignmentExprSyntax.self) {
                    throw LangError("use of '=' in a boolean context, did you mean '=='?", loc(i.operator), .type)
                }
                out.append(.bool(try lowerExpr(e, .bool).0))
            case .optionalBinding(let b):
                unowned(unsafe) let value: Expr
                var t: SType = .unknown
                var valueType: SType = .unknown
                let valueSyntax: Syntax
                if let i = b.initializer {
                    let (e, et) = try lowerExpr(i.value, nil)
                    value = e; valueType = et; valueSyntax = Syntax(i.value)
                    if case .optional(let w) = et { t = w }
                } else if let id = b.pattern.as(IdentifierPatternSyntax.self) {
                    let (e, et) = try lowerExpr(ExprSyntax(DeclReferenceExprSyntax(baseName: id.identifier)), nil)
                    value = e; valueType = et; valueSyntax = Syntax(id)
                    if case .optional(let w) = et { t = w }
                } else { throw unsupported("this optional binding is", b) }
                // `if let y = x` with `x: Int` is a compile error in Swift, not a binding that always succeeds.
                if valueType.isKnownNonOptional {
                    throw LangError("initializer for conditional binding must have Optional type, not '\(valueType.name)'", loc(valueSyntax), .type)
                }
                let declared = b.typeAnnotation.map { lowerType($0.type) }
                let p = try lowerPattern(b.pattern, type: declared ?? t, isLet: b.bindingSpecifier.text == "let")
                out.append(.bindOptional(p, value))
            case .matchingPattern(let m): throw unsupported("'if case' patterns are", m)
            default: throw unsupported("this condition is", c)
            }
        }
        return out
    }

    func lowerIf(_ i: IfExprSyntax) throws -> Stmt {
        pushScope()
        let conds = try lowerConditions(i.conditions)
        let then = try lowerBlock(i.body)
        popScope()
        var els: Stmt?
        switch i.elseBody {
        case .ifExpr(let e)?: els = try lowerIf(e)
        case .codeBlock(let b)?: els = try lowerBlock(b)
        case nil: els = nil
        }
        return IfStmt(conds, then, els)
    }

    func lowerWhile(_ w: WhileStmtSyntax, label: String?) throws -> Stmt {
        // As for `for`: closures in the body see fresh variables per iteration (the body's and
        // those `while let` binds), so the conditions and body then run in a frame of their own.
        let scoped = containsClosure(Syntax(w.body))
        let outer = ctx
        if scoped { ctx = iterationContext(outer) }
        defer { ctx = outer }
        pushScope(); defer { popScope() }
        let conds = try lowerConditions(w.conditions)
        loopLabels.append(label ?? "#loop"); defer { loopLabels.removeLast() }
        let body = try lowerBlock(w.body)
        return WhileStmt(conds, body, label: label, rt: rt, loc(w.whileKeyword), scopeSize: scoped ? ctx.nextSlot : nil)
    }

    func lowerRepeat(_ r: RepeatStmtSyntax, label: String?) throws -> Stmt {
        // The body may get a frame per iteration (see lowerWhile); the condition, which cannot
        // see the body's names, stays in the enclosing frame.
        let scoped = containsClosure(Syntax(r.body))
        let (body, scopeSize): (Stmt, Int?) = try {
            let outer = ctx
            if scoped { ctx = iterationContext(outer) }
            defer { ctx = outer }
            loopLabels.append(label ?? "#loop"); defer { loopLabels.removeLast() }
            let body = try lowerBlock(r.body)
            return (body, scoped ? ctx.nextSlot : nil)
        }()
        return RepeatStmt(.bool(try lowerExpr(r.condition, .bool).0), body, label: label, rt: rt, loc(r.repeatKeyword), scopeSize: scopeSize)
    }

    /// A loop body that runs in a fresh frame each iteration: one function level deeper.
    func iterationContext(_ outer: FuncCtx) -> FuncCtx {
        FuncCtx(level: outer.level + 1, parent: outer, selfType: nil, isStatic: false, decl: nil, firstSlot: 0)
    }

    func lowerFor(_ f: ForStmtSyntax, label: String?) throws -> Stmt {
        if f.caseKeyword != nil || f.tryKeyword != nil || f.awaitKeyword != nil { throw unsupported("this form of 'for' is", f) }
        let (seq, st) = try lowerExpr(f.sequence, nil)
        // Closures in the body must see a fresh loop variable per iteration, as in Swift: the body
        // then runs in its own frame each iteration (one function level deeper).
        let scoped = containsClosure(Syntax(f.body))
        let outer = ctx
        if scoped { ctx = iterationContext(outer) }
        defer { ctx = outer }
        pushScope(); defer { popScope() }
        var elem: SType = .unknown
        switch st {
        case .range: elem = .int
        case .array(let e): elem = e
        default: break
        }
        let pattern = try lowerPattern(f.pattern, type: elem, isLet: true)
        let whereCond = try f.whereClause.map { try lowerExpr($0.condition, .bool).0 }
        loopLabels.append(label ?? "#loop"); defer { loopLabels.removeLast() }
        let body = try lowerBlock(f.body)
        if scoped {
            return ForInStmt(pattern: pattern, seq: seq, whereCond: whereCond, body: body, label: label, rt: rt, loc(f.forKeyword), scopeSize: ctx.nextSlot)
        }
        if case .slot(let s, _) = pattern {
            return ForRangeStmt(slot: s, range: seq, whereCond: whereCond, body: body, label: label, rt: rt, loc(f.forKeyword))
        }
        return ForInStmt(pattern: pattern, seq: seq, whereCond: whereCond, body: body, label: label, rt: rt, loc(f.forKeyword))
    }

    func containsClosure(_ node: Syntax) -> Bool {
        if node.is(ClosureExprSyntax.self) || node.is(FunctionDeclSyntax.self) { return true }
        for c in node.children(viewMode: .sourceAccurate) where containsClosure(c) { return true }
        return false
    }

    func lowerPattern(_ p: PatternSyntax, type: SType, isLet: Bool) throws -> Pattern {
        if let id = p.as(IdentifierPatternSyntax.self) {
            if caseBindings != nil { return .slot(declareCaseBinding(id.identifier.text, type: type, isLet: isLet), type.isNumeric ? type : .unknown) }
            return .slot(declare(id.identifier.text, type: type, isLet: isLet).slot, type.isNumeric ? type : .unknown)
        }
        if p.is(WildcardPatternSyntax.self) { return .ignore }
        if let t = p.as(TuplePatternSyntax.self) {
            var types: [SType] = []
            if case .tuple(let ts) = type { types = ts }
            return .tuple(try t.elements.enumerated().map { i, e in
                try lowerPattern(e.pattern, type: i < types.count ? types[i] : .unknown, isLet: isLet)
            })
        }
        if let v = p.as(ValueBindingPatternSyntax.self) { return try lowerPattern(v.pattern, type: type, isLet: v.bindingSpecifier.text == "let") }
        throw unsupported("this pattern is", p)
    }

    /// `case ..<18.5:`, `case 18.5..<25:`, `case 30...:` over a Double or Float: the interpreter's
    /// ranges hold Ints, so a floating range in a pattern is compared bound by bound.
    func floatingRangePattern(_ e: ExprSyntax, _ subject: SType) throws -> CasePattern? {
        var lower: ExprSyntax?, upper: ExprSyntax?, closed = false
        if let i = e.as(InfixOperatorExprSyntax.self), let op = i.operator.as(BinaryOperatorExprSyntax.self)?.operator.text,
           op == "..<" || op == "..." {
            lower = i.leftOperand; upper = i.rightOperand; closed = op == "..."
        } else if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "..<" || p.operator.text == "..." {
            upper = p.expression; closed = p.operator.text == "..."
        } else if let p = e.as(PostfixOperatorExprSyntax.self), p.operator.text == "..." {
            lower = p.expression
        } else {
            return nil
        }
        let floating: (SType) -> Bool = { $0 == .double || $0 == .float }
        let bounds = [lower, upper].compactMap { $0 }
        // `case "a"..."z":` over a Character or String compares by Swift's string order.
        if subject == .string || subject == .unknown, !bounds.isEmpty, bounds.allSatisfy({ $0.is(StringLiteralExprSyntax.self) }) {
            return .stringRange(lower: try lower.map { try lowerExpr($0, .string).0 }, upper: try upper.map { try lowerExpr($0, .string).0 }, closed: closed)
        }
        let boundsFloating = bounds.contains { floating(literalType($0)) }
        guard floating(subject) || subject == .unknown && boundsFloating else { return nil }
        let want: SType = subject == .float ? .float : .double
        return .floatingRange(lower: try lower.map { try lowerExpr($0, want).0 }, upper: try upper.map { try lowerExpr($0, want).0 }, closed: closed)
    }

    /// A name bound by a case pattern: `case (let a, 0), (0, let a)` binds one `a`, whichever
    /// alternative matches, so the alternatives share its slot.
    func declareCaseBinding(_ name: String, type: SType, isLet: Bool = true) -> Int {
        if let slot = caseBindings?[name] { return slot }
        let slot = declare(name, type: type, isLet: isLet).slot
        caseBindings?[name] = slot
        return slot
    }

    /// Two variables of one name in one local scope are an error in Swift. The global scope of
    /// a lesson is exempt: a later cell may declare a name again, as in a notebook. A function's
    /// parameters count as an outer scope (`var x = x` copies the parameter).
    func checkNotRedeclared(_ name: String, _ node: some SyntaxProtocol) throws {
        guard ctx.level > 0 || ctx.scopes.count > 1, let existing = ctx.scopes[ctx.scopes.count - 1][name]?.last,
              existing.decl == nil else { return }
        if ctx.scopes.count == 1, let d = ctx.decl, existing.slot < d.params.count + (d.hasSelf ? 1 : 0) { return }
        throw LangError("invalid redeclaration of '\(name)'", loc(node), .name)
    }

    /// `case _:`, `case let n:`, `case let (x, y):`, `case (_, _):` match any value, so a switch
    /// that has one is exhaustive without `default`, as Swift decides.
    func matchesEverything(_ p: PatternSyntax) -> Bool {
        if p.is(WildcardPatternSyntax.self) || p.is(IdentifierPatternSyntax.self) { return true }
        if let v = p.as(ValueBindingPatternSyntax.self) { return matchesEverything(v.pattern) }
        if let t = p.as(TuplePatternSyntax.self) { return t.elements.allSatisfy { matchesEverything($0.pattern) } }
        if let e = p.as(ExpressionPatternSyntax.self) { return matchesEverything(e.expression) }
        return false
    }

    func matchesEverything(_ e: ExprSyntax) -> Bool {
        if e.is(DiscardAssignmentExprSyntax.self) { return true }
        if let p = e.as(PatternExprSyntax.self) { return matchesEverything(p.pattern) }
        if let t = e.as(TupleExprSyntax.self) { return t.elements.allSatisfy { matchesEverything($0.expression) } }
        return false
    }

    /// `switch (a, b)` over Bools with `case (true, _)` and `case (false, _)` is exhaustive, as
    /// Swift finds: every combination of true and false is matched by a case without `where`.
    func coversEveryBoolCombination(_ cases: SwitchCaseListSyntax) -> Bool {
        var rows: [[Bool?]] = []
        for c in cases {
            guard case .switchCase(let sc) = c, case .case(let l) = sc.label else { continue }
            for item in l.caseItems where item.whereClause == nil {
                if let row = boolRow(item.pattern) { rows.append(row) }
            }
        }
        guard let width = rows.first?.count, width <= 8, rows.allSatisfy({ $0.count == width }) else { return false }
        return (0..<(1 << width)).allSatisfy { combination in
            rows.contains { row in row.indices.allSatisfy { i in row[i] == nil || row[i] == ((combination >> i) & 1 == 1) } }
        }
    }

    /// A pattern as one entry per tuple element: a Bool literal, or nil for one that matches anything.
    func boolRow(_ p: PatternSyntax) -> [Bool?]? {
        guard let e = p.as(ExpressionPatternSyntax.self)?.expression else { return nil }
        func entry(_ x: ExprSyntax) -> Bool?? {
            if let b = x.as(BooleanLiteralExprSyntax.self) { return .some(b.literal.text == "true") }
            if matchesEverything(x) { return .some(nil) }
            return nil
        }
        if let t = e.as(TupleExprSyntax.self), t.elements.count > 1 {
            var row: [Bool?] = []
            for el in t.elements { guard let v = entry(el.expression) else { return nil }; row.append(v) }
            return row
        }
        return entry(e).map { [$0] }
    }

    func lowerSwitch(_ s: SwitchExprSyntax, label: String?) throws -> Stmt {
        let (subject, st) = try lowerExpr(s.subject, nil)
        var cases: [SwitchStmt.Case] = []
        var hasDefault = false, coversSome = false, coversNil = false
        loopLabels.append(label ?? "#switch"); defer { loopLabels.removeLast() }
        for c in s.cases {
            guard case .switchCase(let sc) = c else { throw unsupported("'#if' in switch is", c) }
            pushScope()
            var patterns: [CasePattern] = []
            var guardExpr: Expr?
            switch sc.label {
            case .default: patterns = [.wildcard]; hasDefault = true
            case .case(let l):
                caseBindings = [:]
                defer { caseBindings = nil }
                for item in l.caseItems {
                    let pattern = try lowerCasePattern(item.pattern, st)
                    patterns.append(pattern)
                    if let w = item.whereClause { guardExpr = try lowerExpr(w.condition, .bool).0 } else if matchesEverything(item.pattern) { hasDefault = true } else {
                        // `case let x?` and `case nil` together cover an optional.
                        if case .some(.bind) = pattern { coversSome = true }
                        if item.pattern.as(ExpressionPatternSyntax.self)?.expression.is(NilLiteralExprSyntax.self) == true { coversNil = true }
                    }
                }
            }
            if coversSome && coversNil { hasDefault = true }
            if sc.statements.isEmpty {
                throw LangError("'\(sc.label.trimmedDescription.hasPrefix("default") ? "default" : "case")' label in a 'switch' must have at least one executable statement", loc(sc), .type)
            }
            // The body is a scope of its own: `case (let a, 0): let a = a * 2` shadows the binding.
            pushScope()
            let body = BlockStmt(try lowerItems(sc.statements))
            popScope()
            popScope()
            cases.append(.init(patterns: patterns, guardExpr: guardExpr, body: body))
        }
        if !hasDefault && st != .bool && !coversEveryBoolCombination(s.cases) {
            throw LangError("switch must be exhaustive; add a 'default' case", loc(s.switchKeyword), .type)
        }
        return SwitchStmt(subject, cases, label: label, loc(s.switchKeyword))
    }

    func lowerCasePattern(_ p: PatternSyntax, _ st: SType) throws -> CasePattern {
        if p.is(WildcardPatternSyntax.self) { return .wildcard }
        if let e = p.as(ExpressionPatternSyntax.self) {
            if let t = e.expression.as(TupleExprSyntax.self), t.elements.count > 1 {
                var types: [SType] = []
                if case .tuple(let ts) = st { types = ts }
                return .tuple(try t.elements.enumerated().map { i, el in
                    let sub = i < types.count ? types[i] : .unknown
                    if el.expression.is(DiscardAssignmentExprSyntax.self) { return .wildcard }
                    if let pe = el.expression.as(PatternExprSyntax.self) { return try lowerCasePattern(pe.pattern, sub) }
                    return .value(try lowerExpr(el.expression, sub == .unknown ? nil : sub).0)
                })
            }
            if e.expression.is(DiscardAssignmentExprSyntax.self) { return .wildcard }
            if let pe = e.expression.as(PatternExprSyntax.self) { return try lowerCasePattern(pe.pattern, st) }
            if let range = try floatingRangePattern(e.expression, st) { return range }
            let (x, xt) = try lowerExpr(e.expression, st == .unknown ? nil : st)
            let comparable: Set<String> = ["Int", "Double", "Float", "String", "Bool"]
            if comparable.contains(st.name), comparable.contains(xt.name), st != xt {
                throw LangError("expression pattern of type '\(xt.name)' cannot match values of type '\(st.name)'", loc(e), .type)
            }
            return .value(x)
        }
        if let v = p.as(ValueBindingPatternSyntax.self) {
            // `case let x?`: matches a value that is not nil, binding what it wraps.
            if let t = v.pattern.as(ExpressionPatternSyntax.self), let o = t.expression.as(OptionalChainingExprSyntax.self) {
                var wrapped: SType = .unknown
                if case .optional(let w) = st { wrapped = w }
                if let d = o.expression.as(DeclReferenceExprSyntax.self) {
                    return .some(.bind(.slot(declareCaseBinding(d.baseName.text, type: wrapped, isLet: v.bindingSpecifier.text == "let"), .unknown)))
                }
                if let pe = o.expression.as(PatternExprSyntax.self) {
                    return .some(.bind(try lowerPattern(pe.pattern, type: wrapped, isLet: v.bindingSpecifier.text == "let")))
                }
                throw unsupported("this optional pattern is", p)
            }
            if let t = v.pattern.as(ExpressionPatternSyntax.self), let tu = t.expression.as(TupleExprSyntax.self) {
                return .tuple(try tu.elements.map { el in
                    if let d = el.expression.as(DeclReferenceExprSyntax.self) {
                        return .bind(.slot(declareCaseBinding(d.baseName.text, type: .unknown, isLet: v.bindingSpecifier.text == "let"), .unknown))
                    }
                    if let pe = el.expression.as(PatternExprSyntax.self) { return .bind(try lowerPattern(pe.pattern, type: .unknown, isLet: v.bindingSpecifier.text == "let")) }
                    return .wildcard
                })
            }
            if let t = v.pattern.as(TuplePatternSyntax.self) {
                return .tuple(try t.elements.map { .bind(try lowerPattern($0.pattern, type: .unknown, isLet: v.bindingSpecifier.text == "let")) })
            }
            return .bind(try lowerPattern(v.pattern, type: st, isLet: v.bindingSpecifier.text == "let"))
        }
        if let id = p.as(IdentifierPatternSyntax.self) {
            return .bind(.slot(declareCaseBinding(id.identifier.text, type: st), .unknown))
        }
        throw unsupported("this case pattern is", p)
    }
}
