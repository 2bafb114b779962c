import SwiftSyntax

extension Lowerer {
    func lowerInfix(_ i: InfixOperatorExprSyntax, _ expected: SType?) throws -> (Expr, SType) {
        // Lazy: an infix expression starts at its leftmost token, found by walking down the left
        // operands, so computing it at every level of `1 + 1 + ... + 1` was quadratic.
        lazy var l = loc(i)
        let opLoc = loc(i.operator)
        if i.operator.is(AssignmentExprSyntax.self) {
            if i.leftOperand.is(DiscardAssignmentExprSyntax.self) { return (ExprStmtExpr(try lowerExpr(i.rightOperand, nil).0), .void) }
            if let t = i.leftOperand.as(TupleExprSyntax.self), t.elements.count > 1 {
                let targets: [LValue?] = try t.elements.map { $0.expression.is(DiscardAssignmentExprSyntax.self) ? nil : try lowerPlace($0.expression) }
                return (TupleAssignExpr(targets, try lowerExpr(i.rightOperand, nil).0, l), .void)
            }
            let target = try lowerPlace(i.leftOperand)
            try checkMutable(i.leftOperand, plainAssignment: true)
            let lt = try staticTypeOf(i.leftOperand)
            let (r, rt2) = try lowerExpr(i.rightOperand, lt == .unknown ? nil : lt)
            try checkAssignable(rt2, to: lt, i.rightOperand)
            var value = wrappedIfOptional(r, lt)
            // `best = ("ann", 3)` with `var best = (name: "", score: 0)` keeps the labels.
            if let labels = variableTupleLabels(i.leftOperand) { value = RelabelTuple(value, labels) }
            if chainHasOptional(i.leftOperand) { return (ChainRoot(AssignExpr(target, value, l), l), .void) }
            return (AssignExpr(target, value, l), .void)
        }
        guard let opNode = i.operator.as(BinaryOperatorExprSyntax.self) else { throw unsupported("this operator is", i.operator) }
        let op = opNode.operator.text
        if ["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*=", "&<<=", "&>>="].contains(op) {
            let target = try lowerPlace(i.leftOperand)
            let lt = try staticTypeOf(i.leftOperand)
            // A host type's `-=` may take its left side by value (Tensor's does: it updates the
            // object in place), which Swift allows on a `let`; decided when the value is known.
            var constantError: LangError?
            var hostTyped = false
            if case .named(let n) = lt { hostTyped = rt.library.types[n] != nil }
            do { try checkMutable(i.leftOperand) } catch let e as LangError where lt == .unknown || hostTyped { constantError = e }
            // The left side types the right: `d += 1` with `d: Double`, `a += [2]` with `a: [Double]`.
            var context: SType? = lt.isNumeric ? lt : nil
            if case .array = lt { context = lt }
            if lt == .int, literalType(i.rightOperand) == .double {
                throw LangError("binary operator '\(op)' cannot be applied to operands of type 'Int' and 'Double'", opLoc, .type)
            }
            let (r, rt2) = try lowerExpr(i.rightOperand, context)
            if lt.isNumeric && rt2.isNumeric && lt != rt2 || op == "+=" && lt.isArray && isMismatch(rt2, lt) {
                throw LangError("binary operator '\(op)' cannot be applied to operands of type '\(lt.name)' and '\(rt2.name)'", opLoc, .type)
            }
            let bop = BinOp(rawValue: String(op.dropLast()))!
            let slow = CompoundAssignExpr(target, bop, r, rhsLiteral: isNumberLiteral(i.rightOperand), rt: rt, opLoc)
            slow.constantError = constantError
            if let v = target as? VarLV, lt == .int {
                let fast = VarIntCompound(place: v, op: bop, value: r, slow: slow, opLoc)
                fast.valueIsInt = rt2 == .int
                return (fast, .void)
            }
            // `x? += 1` with x nil does nothing, as an assignment through a nil chain does.
            if chainHasOptional(i.leftOperand) { return (ChainRoot(slow, l), .void) }
            return (slow, .void)
        }
        switch op {
        case "&&", "||":
            let a = try lowerExpr(i.leftOperand, .bool).0, b = try lowerExpr(i.rightOperand, .bool).0
            return (LogicalExpr(isAnd: op == "&&", a, b, opLoc), .bool)
        case "??":
            let (a, at) = try lowerExpr(i.leftOperand, nil)
            var w: SType? = nil
            if case .optional(let x) = at, x != .unknown { w = x }
            let (b, bt) = try lowerExpr(i.rightOperand, w ?? expected)
            // `nickname ?? fullName` with both optional is optional itself.
            if bt.isOptional { return (NilCoalesceExpr(a, b, opLoc), bt) }
            if bt == .unknown, !i.rightOperand.is(IntegerLiteralExprSyntax.self), !i.rightOperand.is(FloatLiteralExprSyntax.self),
               !i.rightOperand.is(StringLiteralExprSyntax.self) {
                return (NilCoalesceExpr(a, b, opLoc), .unknown)
            }
            return (NilCoalesceExpr(a, b, opLoc), w ?? bt)
        default: break
        }
        // `let t: Tensor = 7 / 2`, `ident(1 - 0.25)`: literal arithmetic where a type that literals
        // can be is expected is that type's arithmetic (a Tensor's Float32), as Swift types it.
        if ["+", "-", "*", "/"].contains(op), let (conversion, type) = hostLiteralType(expected), isNumberLiteralArithmetic(ExprSyntax(i)) {
            return (HostLiteralExpr(try lowerExpr(ExprSyntax(i), .float).0, conversion), type)
        }
        guard let bop = BinOp(rawValue: op) else { throw unsupported("operator '\(op)' is", opNode) }
        let arithmetic = ["+", "-", "*", "/", "%"].contains(op)
        var ctxType: SType? = arithmetic && (expected?.isNumeric ?? false) ? expected : nil
        // `let q: [Double] = [1, 2] + [3]` joins Double arrays.
        if op == "+", case .array(let et)? = expected?.nonOptional, et.isNumeric { ctxType = expected?.nonOptional }
        // `[1, 2] + [4.5]`, `m + [1]` with `m: [Double]`: both arrays take their joint type.
        if op == "+", ctxType == nil, case .array = literalType(i.leftOperand) {
            let left = literalType(i.leftOperand), right = literalType(i.rightOperand)
            if case .array = right, let joint = widened(left, right), joint != left || joint != right { ctxType = joint }
        }
        // `sq(2) * 2.5`, `max(1, 2) * 2.5`: a call before a Double literal is asked for a Double
        // (an overload returning one, generic arguments typed so).
        let callBeforeDouble = ctxType == nil && i.leftOperand.is(FunctionCallExprSyntax.self) && literalType(i.rightOperand) == .double
        var (a, at) = try lowerExpr(i.leftOperand, callBeforeDouble ? .double : ctxType)
        // `n * 2.5` with `n` an Int: no Int is written as 2.5, so the operands do not match.
        if ctxType == nil, at == .int, !isIntLiteral(i.leftOperand), literalType(i.rightOperand) == .double {
            throw LangError("binary operator '\(op)' cannot be applied to operands of type 'Int' and 'Double'", opLoc, .type)
        }
        var (b, bt) = try lowerExpr(i.rightOperand, ctxType ?? (at.isNumeric && !isIntLiteral(i.leftOperand) ? at : nil))
        // `0.5 * x` with `x` a Float: the literal is a Float.
        if isNumberLiteral(i.leftOperand), at == .double, bt == .float { (a, at) = try lowerExpr(i.leftOperand, .float) }
        let aLit = isIntLiteral(i.leftOperand), bLit = isIntLiteral(i.rightOperand)
        if aLit && (bt == .double || bt == .float) && at == .int { (a, at) = try lowerExpr(i.leftOperand, bt) }
        if bLit && (at == .double || at == .float) && bt == .int { (b, bt) = try lowerExpr(i.rightOperand, at) }
        // `prices["tea"] == 2` with Double values, `xs == [1, 2]` with `xs: [Double]`: the literal
        // takes the other side's type.
        if bop == .eq || bop == .ne {
            let floating: (SType) -> Bool = { $0 == .double || $0 == .float }
            if bLit, bt == .int, floating(at.nonOptional) { (b, bt) = try lowerExpr(i.rightOperand, at.nonOptional); bt = at }
            if aLit, at == .int, floating(bt.nonOptional) { (a, at) = try lowerExpr(i.leftOperand, bt.nonOptional); at = bt }
            if case .array(let et) = at, floating(et), i.rightOperand.is(ArrayExprSyntax.self) { (b, bt) = try lowerExpr(i.rightOperand, at) }
            if case .array(let et) = bt, floating(et), i.leftOperand.is(ArrayExprSyntax.self) { (a, at) = try lowerExpr(i.leftOperand, bt) }
        }
        // `[1, 2] + ["x"]`: arrays join only with arrays of their own element type.
        // Two named arrays only: a literal (or a part made of literals) may take another type,
        // even [Any] (`print(a + ["x"])` runs).
        let namedArrays = i.leftOperand.is(DeclReferenceExprSyntax.self) && i.rightOperand.is(DeclReferenceExprSyntax.self)
        if op == "+", case .array(let ae) = at, case .array(let be) = bt, isMismatch(ae, be), namedArrays {
            throw LangError("binary operator '+' cannot be applied to operands of type '\(at.name)' and '\(bt.name)'", opLoc, .type)
        }
        // `"Hello " + name` with `name: String?`: swiftc asks for the unwrap, naming the types.
        if arithmetic || [.lt, .le, .gt, .ge].contains(bop) {
            for (optionalType, other, syntax) in [(at, bt, i.leftOperand), (bt, at, i.rightOperand)] {
                if case .optional(let w) = optionalType, w.isKnownNonOptional, other.isKnownNonOptional {
                    throw LangError("value of optional type '\(optionalType.name)' must be unwrapped to a value of type '\(w.name)'", loc(syntax), .type)
                }
            }
        }
        // `"Passed with " + score`: refused before anything runs, even in a branch not taken.
        if arithmetic, at == .string && bt.isNumeric || at.isNumeric && bt == .string {
            throw LangError("binary operator '\(op)' cannot be applied to operands of type '\(at.name)' and '\(bt.name)'", opLoc, .type)
        }
        if at.isNumeric && bt.isNumeric && at != bt {
            throw LangError("binary operator '\(op)' cannot be applied to operands of type '\(at.name)' and '\(bt.name)'", opLoc, .type)
        }
        // Swift synthesises `==` only for types declared Equatable (or Hashable).
        if bop == .eq || bop == .ne, case .named(let n) = at, at == bt, let t = globals.types[n],
           t.conformances.isDisjoint(with: ["Equatable", "Hashable", "Comparable"]) {
            throw LangError("referencing operator function '\(op)' on 'Equatable' requires that '\(n)' conform to 'Equatable'", opLoc, .type)
        }
        let result: SType
        switch bop {
        case .lt, .le, .gt, .ge, .eq, .ne, .ident, .notIdent: result = .bool
        case .halfOpen, .closed: result = .range
        // An operand of unknown type (a host value such as a tensor) may turn a literal's type
        // into anything (`x * 2` is a Tensor), so the result is unknown too.
        default: result = at == .unknown || bt == .unknown ? .unknown : at
        }
        if at == .int && bt == .int {
            try checkConstantArithmetic(bop, op, a, i.leftOperand, b, i.rightOperand, opLoc)
            if let e = IntArithmeticExpr(bop, a, b, opLoc) { return (e, .int) }
            if let e = IntComparisonExpr(bop, a, b, opLoc) { return (e, .bool) }
        }
        let binary = BinaryExpr(bop, a, b, lhsLiteral: isNumberLiteral(i.leftOperand), rhsLiteral: isNumberLiteral(i.rightOperand), rt: rt, opLoc)
        if arithmetic, bt == .unknown, dividesIntLiterals(i.leftOperand) {
            return (LiteralInContextExpr(binary, other: b, intForm: a, floatingForm: try lowerExpr(i.leftOperand, .double).0, literalOnLeft: true), result)
        }
        if arithmetic, at == .unknown, dividesIntLiterals(i.rightOperand) {
            return (LiteralInContextExpr(binary, other: a, intForm: b, floatingForm: try lowerExpr(i.rightOperand, .double).0, literalOnLeft: false), result)
        }
        return (binary, result)
    }

    /// swiftc folds Int arithmetic on constants and refuses what would trap (`Int.max + 1`,
    /// `10 / 0`) before the program runs; so does the lowerer, rather than run the lines above.
    func checkConstantArithmetic(_ bop: BinOp, _ op: String, _ a: Expr, _ left: ExprSyntax, _ b: Expr, _ right: ExprSyntax, _ l: Loc) throws {
        func constant(_ e: Expr, _ syntax: ExprSyntax) -> Int? {
            if let c = e as? ConstExpr, case .int(let x) = c.value { return x }
            // `Int.max`, `Int.min` (read from the syntax's parts: printing it costs more).
            guard let m = syntax.as(MemberAccessExprSyntax.self),
                  m.base?.as(DeclReferenceExprSyntax.self)?.baseName.text == "Int" else { return nil }
            switch m.declName.baseName.text {
            case "max": return .max
            case "min": return .min
            default: return nil
            }
        }
        guard let x = constant(a, left), let y = constant(b, right) else { return }
        let overflow: Bool
        switch bop {
        case .add: overflow = x.addingReportingOverflow(y).overflow
        case .sub: overflow = x.subtractingReportingOverflow(y).overflow
        case .mul: overflow = x.multipliedReportingOverflow(by: y).overflow
        case .div, .rem:
            if y == 0 { throw LangError("division by zero", l, .type) }
            overflow = x == .min && y == -1
        default: return
        }
        if overflow {
            throw LangError("arithmetic operation '\(x) \(op) \(y)' (on type 'Int') results in an overflow", l, .type)
        }
    }

    /// Number literals combined by `+ - * /` (`7 / 2`, `1 - 0.25`, `-(2 * 3)`).
    func isNumberLiteralArithmetic(_ e: ExprSyntax) -> Bool {
        if e.is(IntegerLiteralExprSyntax.self) || e.is(FloatLiteralExprSyntax.self) { return true }
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-" { return isNumberLiteralArithmetic(p.expression) }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, t.elements.first!.label == nil {
            return isNumberLiteralArithmetic(t.elements.first!.expression)
        }
        if let i = e.as(InfixOperatorExprSyntax.self), let op = i.operator.as(BinaryOperatorExprSyntax.self), ["+", "-", "*", "/"].contains(op.operator.text) {
            return isNumberLiteralArithmetic(i.leftOperand) && isNumberLiteralArithmetic(i.rightOperand)
        }
        return false
    }

    /// Integer-literal arithmetic with a division (`7 / 2`, `(1 / 2)`), whose value depends on
    /// the type Swift gives the literals.
    func dividesIntLiterals(_ e: ExprSyntax) -> Bool {
        isIntLiteral(e) && !e.is(IntegerLiteralExprSyntax.self)
            && e.tokens(viewMode: .sourceAccurate).contains { $0.tokenKind == .binaryOperator("/") }
    }

    /// `let` constants cannot be assigned (a compile error in Swift).
    /// `plainAssignment`: `e = value`, which also gives a `let` declared without a value its value.
    func checkMutable(_ e: ExprSyntax, plainAssignment: Bool = false) throws {
        var root: ExprSyntax = e
        /// The member written through last: at `self`, the property of `self` being changed.
        var selfProperty: String?
        while true {
            if let m = root.as(MemberAccessExprSyntax.self), let b = m.base {
                selfProperty = m.declName.baseName.text
                let baseType = try staticTypeOf(b)
                if case .named(let n) = baseType, let t = globals.types[n],
                   let i = t.fieldIndex[m.declName.baseName.text], t.storedIsLet[i] {
                    throw LangError("cannot assign to property: '\(m.declName.baseName.text)' is a 'let' constant", loc(e), .type)
                }
                // A property of a class instance (the lesson's or the engine's: a Tensor, an
                // SGD) is changed through the reference, whatever holds it (`let cs = [C()];
                // cs[0].v = 7`, `t.grad = nil` with `t` a parameter).
                if isReferenceType(baseType) { return }
                root = b
            } else if let s = root.as(SubscriptCallExprSyntax.self) {
                // `w[0] = 5` with `w` a Tensor: a class's subscript setter needs no mutable place.
                if isReferenceType(try staticTypeOf(s.calledExpression)) { return }
                root = s.calledExpression
            } else if let f = root.as(ForceUnwrapExprSyntax.self) { root = f.expression } else { break }
        }
        guard let d = root.as(DeclReferenceExprSyntax.self) else { return }
        if d.baseName.text == "self" {
            try checkSelfMutable(property: selfProperty, whole: root.id == e.id, e)
            return
        }
        if case .member(_, false)? = lookup(d.baseName.text) {
            try checkSelfMutable(property: d.baseName.text, whole: false, e)
            return
        }
        guard let r = lookup(d.baseName.text), case .variable(let v) = r else { return }
        if v.isLet {
            if v.initialisedLater, plainAssignment, root.id == e.id { return }
            if isReferenceType(v.type), root.id != e.id { return }
            if root.id == e.id || !(v.type == .unknown) {
                throw LangError("cannot assign to value: '\(d.baseName.text)' is a 'let' constant", loc(e), .type)
            }
        }
    }

    /// A write to `self` or to one of its stored properties inside a method: Swift allows it in
    /// initialisers, and in `mutating` members of structs; a `let` property only in initialisers.
    func checkSelfMutable(property: String?, whole: Bool, _ e: ExprSyntax) throws {
        guard let (t, method, isStatic) = enclosingMethod(), !isStatic, method.name != "init" else { return }
        if let p = property, let i = t.fieldIndex[p], t.storedIsLet[i] {
            // A class held in a `let` property still changes through the reference.
            // Writing through it is refused only when its type is known to be a value type: a
            // property typed by an engine call (`let w = Parameter(...)`) may hold a class.
            let stored = t.storedTypes[i]
            var valueType = stored.isKnownNonOptional
            if case .named(let n) = stored, globals.types[n]?.isClass == false { valueType = true }
            if valueType && !isReferenceType(stored) || p == e.trimmedDescription || e.trimmedDescription == "self.\(p)" {
                throw LangError("cannot assign to property: '\(p)' is a 'let' constant", loc(e), .type)
            }
        }
        if t.isClass {
            if whole { throw LangError("cannot assign to value: 'self' is immutable", loc(e), .type) }
            return
        }
        if !method.isMutating {
            throw LangError("cannot assign to \(whole ? "value" : "property"): 'self' is immutable", loc(e), .type)
        }
    }

    /// A class: the lesson's own, or any of the engine's types (every host type is a class).
    func isReferenceType(_ t: SType) -> Bool {
        guard case .named(let n) = t.nonOptional else { return false }
        return globals.types[n]?.isClass == true || (globals.types[n] == nil && rt.library.types[n] != nil)
    }

    /// The method, initialiser or accessor whose `self` the current code sees (closures inside
    /// it see the same `self`).
    func enclosingMethod() -> (NominalType, FunctionDecl, isStatic: Bool)? {
        var c: FuncCtx? = ctx
        while let cur = c {
            if let t = cur.selfType, let d = cur.decl { return (t, d, cur.isStatic) }
            c = cur.parent
        }
        return nil
    }

    /// Static type of an assignable expression, when simple to know.
    func staticTypeOf(_ e: ExprSyntax) throws -> SType {
        if let d = e.as(DeclReferenceExprSyntax.self), let r = lookup(d.baseName.text) {
            if case .variable(let v) = r { return v.type }
            if case .member(let t, false) = r, let i = t.fieldIndex[d.baseName.text] { return t.storedTypes[i] }
            if case .member(let t, true) = r, let st = t.staticTypes[d.baseName.text] { return st }
        }
        if let f = e.as(ForceUnwrapExprSyntax.self), case .optional(let w) = try staticTypeOf(f.expression) { return w }
        // `node?.weight`, `table["a"]?["b"]`: a link of an optional chain has its wrapped type.
        if let o = e.as(OptionalChainingExprSyntax.self) { return try staticTypeOf(o.expression).nonOptional }
        if let s = e.as(SubscriptCallExprSyntax.self) {
            let bt = try staticTypeOf(s.calledExpression)
            if case .array(let et) = bt { return et }
            if case .dict(_, let vt) = bt { return s.arguments.count == 2 ? vt : .optional(vt) }
        }
        if let m = e.as(MemberAccessExprSyntax.self), let b = m.base {
            var bt = try staticTypeOf(b)
            if b.is(DeclReferenceExprSyntax.self) && b.as(DeclReferenceExprSyntax.self)!.baseName.text == "self", let t = ctx.selfType ?? ctx.parent?.selfType { bt = .named(t.name) }
            if case .named(let n) = bt, let t = globals.types[n] {
                if let i = t.fieldIndex[m.declName.baseName.text] { return t.storedTypes[i] }
                if let g = t.getters[m.declName.baseName.text] { return g.returnType }
            }
            // `Rates.rate`: a static stored property of a type named directly.
            if let d = b.as(DeclReferenceExprSyntax.self), case .nominal(let t)? = lookup(d.baseName.text),
               let st = t.staticTypes[m.declName.baseName.text] { return st }
            if case .tuple(let ts) = bt, let i = Int(m.declName.baseName.text), i < ts.count { return ts[i] }
            if case .tuple(let ts) = bt, let labels = variableTupleLabels(b),
               let i = labels.firstIndex(of: m.declName.baseName.text), i < ts.count { return ts[i] }
        }
        return .unknown
    }

    func lowerMember(_ m: MemberAccessExprSyntax, _ expected: SType?) throws -> (Expr, SType) {
        let l = loc(m.declName)
        let name = m.declName.baseName.text
        guard let baseSyntax = m.base else {
            // `x.rounded(.down)`: a FloatingPointRoundingRule, passed on by name.
            if expected == .named(roundingRuleType), roundingRules.contains(name) { return (ConstExpr(.string(name), l), expected!) }
            throw unsupported("implicit member expressions ('.\(name)') are", m)
        }
        let (b, bt) = try lowerChainPart(baseSyntax)
        var t: SType = .unknown
        switch (bt, name) {
        case (.array, "count"), (.string, "count"), (.dict, "count"): t = .int
        case (.array, "isEmpty"), (.string, "isEmpty"): t = .bool
        case (.array(let e), "first"), (.array(let e), "last"): t = .optional(e)
        case (.array, "indices"): t = .range
        case (.named(let n), _):
            if let nt = globals.types[n] {
                if let i = nt.fieldIndex[name] { t = nt.storedTypes[i] } else if let g = nt.getters[name] { t = g.returnType }
            }
        case (.tuple(let ts), _): if let i = Int(name), i < ts.count { t = ts[i] }
        default: break
        }
        if let c = b as? ConstExpr, case .type(let tr) = c.value, case .builtin = tr.kind {
            switch (tr.name, name) {
            case ("Double", _): t = .double
            case ("Float", _): t = .float
            case ("Int", _): t = .int
            default: break
            }
        }
        return chained(ExprSyntax(m), MemberExpr(b, name, rt: rt, l), t)
    }

    func lowerClosure(_ c: ClosureExprSyntax, _ expected: SType? = nil, capturesBound: Bool = false) throws -> (Expr, SType) {
        if !capturesBound, let list = c.signature?.capture, list.items.contains(where: capturesValue) {
            return try lowerCaptureList(list, of: c, expected)
        }
        let d = FunctionDecl(name: "closure", loc: loc(c), rt: rt)
        // The types the closure's place gives (a typed variable, parameter or field), for what
        // the closure leaves unwritten.
        var contextParams: [SType] = []
        if case .signature(let ps, let r) = expected { contextParams = ps; d.returnType = r } else { d.returnType = .unknown }
        func contextType(_ i: Int) -> SType { i < contextParams.count ? contextParams[i] : .unknown }
        let saved = ctx, savedLabels = loopLabels
        ctx = FuncCtx(level: saved.level + 1, parent: saved, selfType: nil, isStatic: false, decl: d, firstSlot: 0)
        defer { ctx = saved; loopLabels = savedLabels }
        loopLabels = []
        if let sig = c.signature {
            if let ret = sig.returnClause { d.returnType = lowerType(ret.type) }
            switch sig.parameterClause {
            case .simpleInput(let list)?:
                for (i, p) in list.enumerated() {
                    let t = contextType(i)
                    d.params.append(ParamInfo(label: nil, slot: declare(p.name.text, type: t, isLet: true).slot, type: t, isInout: false, defaultValue: nil, variadic: false))
                }
            case .parameterClause(let pc)?:
                for (i, p) in pc.parameters.enumerated() {
                    let t = p.type.map { lowerType($0) } ?? contextType(i)
                    let name = (p.secondName ?? p.firstName).text
                    d.params.append(ParamInfo(label: nil, slot: declare(name, type: t, isLet: true).slot, type: t, isInout: false, defaultValue: nil, variadic: false))
                }
            case nil: break
            }
        } else {
            ctx.shorthandParams = true
            ctx.shorthandTypes = contextParams
        }
        var stmts: [Stmt]
        if c.statements.count == 1, case .expr(let e) = c.statements.first!.item, !e.is(IfExprSyntax.self), !e.is(SwitchExprSyntax.self) {
            // A single expression is the result: typed by the result type (`{ 7 }` as `() -> Double` is 7.0).
            stmts = [ReturnStmt(try lowerResult(e, d.returnType == .void ? .unknown : d.returnType, ofClosure: true))]
        } else {
            stmts = try lowerItems(c.statements)
            if d.returnType != .void, d.returnType != .unknown {
                try checkReturnsOnEveryPath(BodySyntax(c), returnType: d.returnType, kind: "closure", end: Syntax(c.rightBrace))
            }
        }
        d.body = BlockStmt(stmts)
        d.frameSize = ctx.nextSlot
        return (ClosureExpr(d, rt: rt, loc(c)), .function)
    }

    /// `[x]` or `[w = z + 1]` copy a value when the closure is made; `[weak self]`,
    /// `[unowned self]` and `[self]` change only how a reference is held, which makes no
    /// difference to what a lesson prints.
    func capturesValue(_ item: ClosureCaptureSyntax) -> Bool {
        item.specifier == nil && item.name.text != "self"
    }

    /// A closure with a capture list is made by a function that receives the captured values as
    /// parameters and returns the closure, so the closure sees copies taken when it was made
    /// (`var x = 1; let c = { [x] in x }; x = 100` and `c()` is 1), not the variables.
    func lowerCaptureList(_ list: ClosureCaptureClauseSyntax, of c: ClosureExprSyntax, _ expected: SType?) throws -> (Expr, SType) {
        var names: [String] = [], values: [Expr] = []
        for item in list.items where capturesValue(item) {
            let value: Expr
            if let initial = item.initializer {
                value = try lowerExpr(initial.value, nil).0
            } else {
                do { value = try lowerName(DeclReferenceExprSyntax(baseName: item.name.trimmed)).0 } catch var e as LangError {
                    e.loc = loc(item.name)
                    throw e
                }
            }
            names.append(item.name.text); values.append(value)
        }
        let maker = FunctionDecl(name: "capture list", loc: loc(list), rt: rt)
        maker.returnType = .unknown
        let saved = ctx
        ctx = FuncCtx(level: saved.level + 1, parent: saved, selfType: nil, isStatic: false, decl: maker, firstSlot: 0)
        defer { ctx = saved }
        for name in names {
            maker.params.append(ParamInfo(label: nil, slot: declare(name, type: .unknown, isLet: true).slot, type: .unknown, isInout: false, defaultValue: nil, variadic: false))
        }
        let (closure, type) = try lowerClosure(c, expected, capturesBound: true)
        maker.body = BlockStmt([ReturnStmt(closure)])
        maker.frameSize = ctx.nextSlot
        let l = loc(c)
        let call = CallExpr(callee: ClosureExpr(maker, rt: rt, l), args: values, labels: names.map { _ in nil },
                            argLiteral: names.map { _ in false }, name: "closure", rt: rt, l)
        return (call, type)
    }

    func lowerString(_ s: StringLiteralExprSyntax) throws -> (Expr, SType) {
        let l = loc(s)
        if s.openingPounds != nil { throw unsupported("raw strings are", s) }
        var parts: [Expr] = []
        var text = ""
        for seg in s.segments {
            switch seg {
            case .stringSegment(let t): text += try unescape(t.content.text, loc(t))
            case .expressionSegment(let x):
                if !text.isEmpty { parts.append(ConstExpr(.string(text), l)); text = "" }
                guard x.expressions.count == 1, let only = x.expressions.first, only.label == nil else { throw unsupported("this interpolation is", x) }
                parts.append(try lowerExpr(only.expression, nil).0)
            }
        }
        if parts.isEmpty { return (ConstExpr(.string(text), l), .string) }
        if !text.isEmpty { parts.append(ConstExpr(.string(text), l)) }
        return (InterpolationExpr(parts, l), .string)
    }

    func unescape(_ raw: String, _ l: Loc) throws -> String {
        guard raw.contains("\\") else { return raw }
        var out = ""
        var it = raw.makeIterator()
        while let c = it.next() {
            guard c == "\\" else { out.append(c); continue }
            guard let n = it.next() else { break }
            switch n {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "0": out.append("\0")
            case "\\": out.append("\\")
            case "\"": out.append("\"")
            case "'": out.append("'")
            case "\n": // line continuation in multi-line strings
                break
            case "u":
                var hex = ""
                _ = it.next() // {
                while let h = it.next(), h != "}" { hex.append(h) }
                guard let v = UInt32(hex, radix: 16), let sc = Unicode.Scalar(v) else { throw LangError("invalid unicode scalar", l, .parse) }
                out.unicodeScalars.append(sc)
            default: throw LangError("invalid escape sequence in literal", l, .parse)
            }
        }
        return out
    }
}

/// `_ = expr`.
final class ExprStmtExpr: Expr {
    unowned(unsafe) let e: Expr
    init(_ e: Expr) { self.e = e; super.init(e.loc) }
    override func eval(_ f: Frame) throws -> Value { _ = try e.eval(f); return .void }
}
