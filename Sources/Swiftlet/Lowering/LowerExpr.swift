import SwiftSyntax

extension Lowerer {
    /// Remembered per node: every level of `1 + 1 + ... + 1` asks about the chain below it,
    /// which made long chains quadratic.
    func isIntLiteral(_ e: ExprSyntax) -> Bool {
        if e.is(IntegerLiteralExprSyntax.self) { return true }
        if let known = intLiteralNodes[e.id] { return known }
        var answer = false
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-" {
            answer = isIntLiteral(p.expression)
        } else if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, t.elements.first!.label == nil {
            answer = isIntLiteral(t.elements.first!.expression)
        } else if let i = e.as(InfixOperatorExprSyntax.self), let op = i.operator.as(BinaryOperatorExprSyntax.self),
                  ["+", "-", "*", "/"].contains(op.operator.text) {
            answer = isIntLiteral(i.leftOperand) && isIntLiteral(i.rightOperand)
        }
        intLiteralNodes[e.id] = answer
        return answer
    }

    /// The types a subscript's arguments take: a dictionary's key and its `default:` value
    /// (`totals["rent", default: 0]` with `Double` values is `0.0`), else Int positions.
    func subscriptArgumentTypes(_ base: SType, _ s: SubscriptCallExprSyntax) -> [SType?] {
        s.arguments.map { a in
            if case .dict(let k, let v) = base {
                let t = a.label?.text == "default" ? v : k
                return t == .unknown ? nil : t
            }
            return .int
        }
    }

    /// A host type that number literals can be, when one is expected (`Tensor` for
    /// `let t: Tensor = 3`, `ident(3)`, `[Tensor] = [1, 2.5]`).
    func hostLiteralType(_ expected: SType?) -> (conversion: (Value) throws -> Value, type: SType)? {
        guard case .named(let n)? = expected?.nonOptional, globals.types[n] == nil,
              let conversion = rt.library.types[n]?.literalConversion else { return nil }
        return (conversion, .named(n))
    }

    func lowerExpr(_ e: ExprSyntax, _ expected: SType?) throws -> (Expr, SType) {
        // Lowering and evaluation recurse once per level: an expression deeper than this (an
        // operator chain of thousands of terms) could overflow the stack, so it is refused.
        expressionDepth += 1
        defer { expressionDepth -= 1 }
        if expressionDepth > Self.maxExpressionDepth {
            throw LangError("expression nested more than \(Self.maxExpressionDepth) levels deep (an operator chain that long, perhaps); split it into several", loc(e), .limit)
        }
        // Lazy, as in `lowerInfix`: an operator chain's start is found by walking its left operands.
        lazy var l = loc(e)
        if let i = e.as(IntegerLiteralExprSyntax.self) {
            let text = digits(of: i.literal)
            var v: Int?
            if text.hasPrefix("0x") { v = Int(text.dropFirst(2), radix: 16) } else if text.hasPrefix("0b") { v = Int(text.dropFirst(2), radix: 2) } else if text.hasPrefix("0o") { v = Int(text.dropFirst(2), radix: 8) } else { v = Int(text) }
            guard let v else { throw LangError("integer literal '\(text)' overflows when stored into 'Int'", l, .type) }
            if let (conversion, type) = hostLiteralType(expected) { return (HostLiteralExpr(ConstExpr(.int(v), l), conversion), type) }
            switch expected {
            case .double?, .optional(.double)?: return (ConstExpr(.double(Double(v)), l), .double)
            case .float?, .optional(.float)?: return (ConstExpr(.float(Float(v)), l), .float)
            default: return (ConstExpr(.int(v), l), .int)
            }
        }
        if let f = e.as(FloatLiteralExprSyntax.self) {
            let text = digits(of: f.literal)
            if let (conversion, type) = hostLiteralType(expected), let v = Double(text) {
                return (HostLiteralExpr(ConstExpr(.double(v), l), conversion), type)
            }
            if expected == .int { throw LangError("cannot convert value of type 'Double' to specified type 'Int'", l, .type) }
            if expected == .float || expected == .optional(.float) {
                guard let v = Float(text) else { throw LangError("bad float literal", l, .parse) }
                return (ConstExpr(.float(v), l), .float)
            }
            guard let v = Double(text) else { throw LangError("bad float literal", l, .parse) }
            return (ConstExpr(.double(v), l), .double)
        }
        if let b = e.as(BooleanLiteralExprSyntax.self) { return (ConstExpr(.bool(b.literal.text == "true"), l), .bool) }
        if e.is(NilLiteralExprSyntax.self) {
            // `nil` is an optional of the expected type; where a non-optional is expected, the
            // caller's check refuses it as swiftc does.
            if case .optional? = expected { return (ConstExpr(.optional(nil), l), expected!) }
            return (ConstExpr(.optional(nil), l), expected == nil || expected == .unknown || expected!.isKnownNonOptional ? .optional(.unknown) : expected!)
        }
        if let s = e.as(StringLiteralExprSyntax.self) { return try lowerString(s) }
        if let d = e.as(DeclReferenceExprSyntax.self) { return try lowerName(d) }
        if let t = e.as(TupleExprSyntax.self) {
            if t.elements.count == 1, let only = t.elements.first, only.label == nil { return try lowerExpr(only.expression, expected) }
            var types: [SType] = []
            if case .tuple(let ts)? = expected?.nonOptional { types = ts }
            var exprs: [Expr] = [], sts: [SType] = []
            for (i, el) in t.elements.enumerated() {
                let want: SType? = i < types.count ? types[i] : nil
                let (x, xt) = try lowerExpr(el.expression, want)
                // `(name: String, score: Int?) = ("ann", 7)` holds Optional(7).
                exprs.append(want.map { wrappedIfOptional(x, $0) } ?? x); sts.append(want.flatMap { $0 == .unknown ? nil : $0 } ?? xt)
            }
            return (TupleExpr(exprs, t.elements.map { $0.label?.text }, l), .tuple(sts))
        }
        if let a = e.as(ArrayExprSyntax.self) {
            var elemType: SType? = nil
            if case .array(let et)? = expected?.nonOptional, et != .unknown { elemType = et }
            /// The element type the context declares (not one joined from the elements).
            let declaredElement = elemType
            if elemType == nil, let first = a.elements.first {
                // `[[1, 2], [3.5]]` is a [[Double]]: the elements' joint type, when wider than the first's.
                // An element of a type unknown here (`[f(), 7]`) may widen it later: an Int joint is no context.
                let parts = a.elements.map { literalType($0.expression) }
                let joint = jointType(parts)
                if !(parts.contains(.unknown) && joint == .int) { elemType = widerContext(joint, than: literalType(first.expression)) }
            }
            var exprs: [Expr] = [], types: [SType] = []
            var first: SType?
            for el in a.elements {
                let (x, xt) = try lowerExpr(el.expression, elemType ?? first)
                if let want = declaredElement, want.isNumeric, xt.isNumeric, xt != want {
                    throw LangError("cannot convert value of type '\(xt.name)' to expected element type '\(want.name)'", loc(el.expression), .type)
                }
                if first == nil { first = xt }
                exprs.append(x); types.append(xt)
            }
            // `[1, f()]` with `f` returning a Double is a [Double]: a type only lowering `f()` finds
            // (literals and typed names were joined above).
            if elemType == nil, first == .int, let floating = types.first(where: { $0 == .double || $0 == .float }) {
                for (i, el) in a.elements.enumerated() where isIntLiteral(el.expression) {
                    (exprs[i], types[i]) = try lowerExpr(el.expression, floating)
                }
                first = floating
            }
            if case .optional? = elemType { exprs = exprs.map { WrapOptional($0) } }
            // `[1, nil, 3]` is an [Int?]: a nil element makes every element optional.
            if elemType?.isOptional != true, a.elements.contains(where: { $0.expression.is(NilLiteralExprSyntax.self) }) {
                let wrapped = types.first { !$0.isOptional && $0 != .unknown } ?? .unknown
                return (ArrayExpr(exprs.map { WrapOptional($0) }, l), .array(.optional(wrapped)))
            }
            return (ArrayExpr(exprs, l), .array(elemType ?? first ?? .unknown))
        }
        if let d = e.as(DictionaryExprSyntax.self) {
            var kt: SType?, vt: SType?
            if case .dict(let k, let v)? = expected?.nonOptional { kt = k == .unknown ? nil : k; vt = v == .unknown ? nil : v }
            if case .elements(let list) = d.content, let first = list.first {
                kt = kt ?? widerContext(jointType(list.map { literalType($0.key) }), than: literalType(first.key))
                vt = vt ?? widerContext(jointType(list.map { literalType($0.value) }), than: literalType(first.value))
            }
            var ks: [Expr] = [], vs: [Expr] = []
            if case .elements(let list) = d.content {
                for el in list {
                    let (k, kt2) = try lowerExpr(el.key, kt)
                    let (v, vt2) = try lowerExpr(el.value, vt)
                    if kt == nil { kt = kt2 }
                    if vt == nil { vt = vt2 }
                    // `[String: Int?] = ["x": 1]` holds Optional(1).
                    ks.append(k); vs.append(vt.map { wrappedIfOptional(v, $0) } ?? v)
                }
            }
            return (DictExpr(ks, vs, l), .dict(kt ?? .unknown, vt ?? .unknown))
        }
        if let i = e.as(InfixOperatorExprSyntax.self) { return try lowerInfix(i, expected) }
        if let p = e.as(PrefixOperatorExprSyntax.self) {
            let op = p.operator.text
            // `-9223372036854775808` is Int.min, though its digits alone do not fit in an Int.
            if op == "-", let literal = p.expression.as(IntegerLiteralExprSyntax.self),
               digits(of: literal.literal) == "9223372036854775808",
               expected == nil || expected == .int {
                return (ConstExpr(.int(.min), l), .int)
            }
            let (x, xt) = try lowerExpr(p.expression, op == "-" || op == "+" ? expected : nil)
            if op == "-", let c = x as? ConstExpr {
                switch c.value {
                case .int(let v): return (ConstExpr(.int(-v), l), .int)
                case .double(let v): return (ConstExpr(.double(-v), l), .double)
                case .float(let v): return (ConstExpr(.float(-v), l), .float)
                default: break
                }
            }
            return (PrefixExpr(op, x, rt: rt, l), op == "!" ? .bool : (op == "..<" || op == "..." ? .range : xt))
        }
        if let p = e.as(PostfixOperatorExprSyntax.self) {
            guard p.operator.text == "..." else { throw unsupported("postfix operator '\(p.operator.text)' is", p) }
            return (PostfixRangeExpr(try lowerExpr(p.expression, .int).0, l), .range)
        }
        if let t = e.as(TernaryExprSyntax.self) {
            let c = try lowerExpr(t.condition, .bool).0
            // `flag ? [1] : [2.5]` is a [Double]: both branches take their joint type.
            var expected = expected
            // As an argument of `print` (an Any), each branch keeps its own type: `c ? 1 : 2.5` prints 1.
            let anyTyped = anyTypedArguments.contains(e.id)
            if expected == nil, !anyTyped {
                let thenType = literalType(t.thenExpression)
                expected = widerContext(jointType([thenType, literalType(t.elseExpression)]), than: thenType)
            }
            var (a, at) = try lowerExpr(t.thenExpression, expected)
            var (b, bt) = try lowerExpr(t.elseExpression, expected ?? (anyTyped || at == .unknown || isIntLiteral(t.thenExpression) ? nil : at))
            // `flag ? 1 : 2.5` is a Double: the Int literal takes the other branch's type.
            if !anyTyped, at == .int, bt == .double || bt == .float, isIntLiteral(t.thenExpression) {
                (a, at) = try lowerExpr(t.thenExpression, bt)
            } else if !anyTyped, bt == .int, at == .double || at == .float, isIntLiteral(t.elseExpression) {
                (b, bt) = try lowerExpr(t.elseExpression, at)
            }
            // `c ? x : nil` is an Optional whatever `x` is.
            if t.elseExpression.is(NilLiteralExprSyntax.self), !at.isOptional { a = WrapOptional(a); if at != .unknown { at = .optional(at) } }
            if t.thenExpression.is(NilLiteralExprSyntax.self), !bt.isOptional { b = WrapOptional(b); if bt != .unknown { bt = .optional(bt) } }
            // `c ? o : 0` with `o` an Int? is an Int?: the other branch is wrapped.
            if at.isOptional, !bt.isOptional, !t.elseExpression.is(NilLiteralExprSyntax.self) { b = WrapOptional(b); if bt != .unknown { bt = at } }
            if bt.isOptional, !at.isOptional, !t.thenExpression.is(NilLiteralExprSyntax.self) { a = WrapOptional(a); if at != .unknown { at = bt } }
            // Refused only where nothing can give the branches a common type (such as Any).
            if isMismatch(at, bt), contextFreeValues.contains(e.id) {
                throw LangError("result values in '? :' expression have mismatching types '\(at.name)' and '\(bt.name)'", loc(t.thenExpression), .type)
            }
            // `flag ? 1 : stock[item]` is an Int?: one optional branch makes the result optional.
            var type = at
            if case .optional = bt, !(at.isOptional) { type = at == .unknown ? .unknown : .optional(at) }
            if case .optional = at {} else if bt == .unknown { type = at.isKnownNonOptional ? .unknown : at }
            return (TernaryExpr(c, a, b, l), type)
        }
        if let f = e.as(ForceUnwrapExprSyntax.self) {
            let (x, xt) = try lowerChainPart(f.expression)
            var t: SType = .unknown
            if case .optional(let w) = xt { t = w }
            return chained(e, ForceUnwrapExpr(x, l), t)
        }
        if e.is(OptionalChainingExprSyntax.self) { throw unsupported("'?' outside a member access is", e) }
        if let m = e.as(MemberAccessExprSyntax.self) { return try lowerMember(m, expected) }
        if let c = e.as(FunctionCallExprSyntax.self) { return try lowerCall(c, expected) }
        if let s = e.as(SubscriptCallExprSyntax.self) {
            let (b, bt) = try lowerChainPart(s.calledExpression)
            let indexTypes = subscriptArgumentTypes(bt, s)
            let idx = try s.arguments.enumerated().map { try lowerExpr($1.expression, indexTypes[$0]).0 }
            var t: SType = .unknown
            if case .array(let et) = bt { t = s.arguments.count == 1 && isRangeSyntax(s.arguments.first!.expression) ? bt : et }
            if case .dict(_, let vt) = bt { t = s.arguments.count == 2 ? vt : .optional(vt) }
            return chained(e, SubscriptExpr(b, idx, labels: s.arguments.map { $0.label?.text }, rt: rt, l), t)
        }
        if let c = e.as(ClosureExprSyntax.self) { return try lowerClosure(c, expected) }
        if let a = e.as(AsExprSyntax.self) {
            let t = lowerType(a.type)
            if a.questionOrExclamationMark != nil { throw unsupported("'as?'/'as!' casts are", a) }
            let (x, _) = try lowerExpr(a.expression, t)
            return (TypeCheckExpr(x, t, l), t)
        }
        if e.is(IsExprSyntax.self) { throw unsupported("'is' type checks are", e) }
        if e.is(InOutExprSyntax.self) { throw LangError("'&' may only be used to pass an argument to an inout parameter", l, .type) }
        if e.is(TryExprSyntax.self) { throw unsupported("'try' (throwing functions) is", e) }
        if e.is(AwaitExprSyntax.self) { throw unsupported("'await' is", e) }
        if let k = e.as(KeyPathExprSyntax.self) {
            guard k.root == nil else { throw unsupported("key paths with a root type are", e) }
            var names: [String] = []
            for c in k.components {
                guard case .property(let p) = c.component else { throw unsupported("this key path is", e) }
                names.append(p.declName.baseName.text)
            }
            let rt = self.rt
            return (ConstExpr(.function(BuiltinFunction("keyPath") { a in
                var v = a[0]
                for n in names { v = try getMember(v, n, rt: rt, loc: l) }
                return v
            }), l), .function)
        }
        if e.is(MacroExpansionExprSyntax.self) { throw unsupported("macros are", e) }
        if e.is(SuperExprSyntax.self) { throw unsupported("'super' is", e) }
        if e.is(IfExprSyntax.self) || e.is(SwitchExprSyntax.self) { throw unsupported("'if'/'switch' used as a value are", e) }
        if e.is(SequenceExprSyntax.self) { throw LangError("could not fold this operator sequence", l, .parse) }
        if e.is(EditorPlaceholderExprSyntax.self) { throw LangError("editor placeholder in source file", l, .parse) }
        if e.is(MissingExprSyntax.self) { throw LangError("expected expression", l, .parse) }
        throw unsupported("this expression (\(e.kind)) is", e)
    }

    func isRangeSyntax(_ e: ExprSyntax) -> Bool {
        if let i = e.as(InfixOperatorExprSyntax.self), let op = i.operator.as(BinaryOperatorExprSyntax.self) { return op.operator.text == "..<" || op.operator.text == "..." }
        return e.is(PostfixOperatorExprSyntax.self) || (e.as(PrefixOperatorExprSyntax.self).map { $0.operator.text.hasPrefix("..") } ?? false)
    }

    // MARK: optional chains

    /// Whether `e`'s postfix chain contains `?`.
    func chainHasOptional(_ e: ExprSyntax) -> Bool {
        var cur: ExprSyntax? = e
        while let c = cur {
            if c.is(OptionalChainingExprSyntax.self) { return true }
            if let m = c.as(MemberAccessExprSyntax.self) { cur = m.base } else if let f = c.as(FunctionCallExprSyntax.self) { cur = f.calledExpression } else if let s = c.as(SubscriptCallExprSyntax.self) { cur = s.calledExpression } else if let f = c.as(ForceUnwrapExprSyntax.self) { cur = f.expression } else { return false }
        }
        return false
    }

    /// The root of a chain (node whose parent is not a postfix link) gets the nil catcher.
    func wrapChain(_ e: ExprSyntax, _ x: Expr) -> Expr {
        guard chainHasOptional(e) else { return x }
        if let p = e.parent {
            if let m = p.as(MemberAccessExprSyntax.self), m.base?.id == e.id { return x }
            if let f = p.as(FunctionCallExprSyntax.self), f.calledExpression.id == e.id { return x }
            if let s = p.as(SubscriptCallExprSyntax.self), s.calledExpression.id == e.id { return x }
            if p.is(ForceUnwrapExprSyntax.self) || p.is(OptionalChainingExprSyntax.self) { return x }
        }
        return ChainRoot(x, x.loc)
    }

    /// A link and its static type: at the root of an optional chain the value is optional
    /// (`i?.x == 1` compares an `Int?`), so `t` becomes `t?`.
    func chained(_ e: ExprSyntax, _ x: Expr, _ t: SType) -> (Expr, SType) {
        let wrapped = wrapChain(e, x)
        guard wrapped is ChainRoot, t != .unknown else { return (wrapped, t) }
        if case .optional = t { return (wrapped, t) }
        return (wrapped, .optional(t))
    }

    /// Lowers the base of a postfix link; `a?` becomes a ChainLink.
    func lowerChainPart(_ e: ExprSyntax) throws -> (Expr, SType) {
        if let o = e.as(OptionalChainingExprSyntax.self) {
            let (x, xt) = try lowerChainPart(o.expression)
            var t: SType = .unknown
            if case .optional(let w) = xt { t = w }
            return (ChainLink(x, loc(o)), t)
        }
        return try lowerExpr(e, nil)
    }

    // MARK: names

    func lowerName(_ d: DeclReferenceExprSyntax) throws -> (Expr, SType) {
        let name = d.baseName.text
        let l = loc(d)
        if name.hasPrefix("$"), let k = Int(name.dropFirst()) { return try shorthandParam(k, l, d) }
        if name == "self" {
            if let p = selfPlace(l) { return (LocalOrOuter(p), ctx.selfType.map { .named($0.name) } ?? .unknown) }
            throw LangError("cannot find 'self' in scope", l, .name)
        }
        if name == "Self", let t = ctx.selfType ?? ctx.parent?.selfType { return (ConstExpr(.type(typeRef(t)), l), .unknown) }
        if let op = BinOp(rawValue: name) {
            let rt = self.rt
            return (ConstExpr(.function(BuiltinFunction(name) { a in
                guard a.count == 2 else { throw HostError("operator '\(name)' takes two arguments") }
                return try applyBinary(op, a[0], a[1], lhsLiteral: false, rhsLiteral: false, rt: rt, l)
            }), l), .function)
        }
        guard let r = lookup(name) else { throw unknownName(name, d) }
        switch r {
        case .variable(let v): return (read(v, name: v.level == 0 ? name : "", l), v.type)
        case .overloads(let vs):
            return (read(vs[0], name: "", l), .function)
        case .member(let t, let isStatic):
            if isStatic {
                return (MemberExpr(ConstExpr(.type(typeRef(t)), l), name, rt: rt, l), .unknown)
            }
            guard let p = selfPlace(l) else { throw LangError("instance member '\(name)' cannot be used here", l, .name) }
            return (MemberExpr(LocalOrOuter(p), name, rt: rt, l), t.fieldIndex[name].map { t.storedTypes[$0] } ?? t.getters[name]?.returnType ?? .unknown)
        case .nominal(let t): return (ConstExpr(.type(typeRef(t)), l), .unknown)
        case .hostFunction(let n): return (ConstExpr(.function(HostFunctionSet(n, rt.library.functions[n]!)), l), .unknown)
        case .hostType(let t): return (ConstExpr(.type(TypeRef(name: t.name, kind: .host(t))), l), .unknown)
        case .hostConstant(let v): return (ConstExpr(v, l), .unknown)
        case .builtinFunction(let b): return (ConstExpr(.function(b), l), .unknown)
        case .builtinType(let n): return (ConstExpr(.type(TypeRef(name: n, kind: .builtin)), l), .unknown)
        }
    }

    func shorthandParam(_ k: Int, _ l: Loc, _ n: some SyntaxProtocol) throws -> (Expr, SType) {
        guard ctx.shorthandParams, let d = ctx.decl else { throw LangError("anonymous closure argument not contained in a closure", l, .parse) }
        while d.params.count <= k {
            let n = d.params.count, type = n < ctx.shorthandTypes.count ? ctx.shorthandTypes[n] : .unknown
            d.params.append(ParamInfo(label: nil, slot: ctx.allocate(), type: type, isInout: false, defaultValue: nil, variadic: false))
        }
        return (LocalGet(d.params[k].slot, l), d.params[k].type)
    }

    // MARK: places

    func lowerPlace(_ e: ExprSyntax) throws -> LValue {
        let l = loc(e)
        if let d = e.as(DeclReferenceExprSyntax.self) {
            let name = d.baseName.text
            if name == "self", let p = selfPlace(l) { return p }
            guard let r = lookup(name) else { throw unknownName(name, d) }
            switch r {
            case .variable(let v):
                return place(v, l)
            case .member(let t, let isStatic):
                if isStatic {
                    return VarLV(hops: 0, slot: t.staticSlots[name] ?? 0, global: globalFrame, l)
                }
                guard let p = selfPlace(l) else { throw LangError("instance member '\(name)' cannot be used here", l, .name) }
                return MemberLV(p, name, rt: rt, l)
            default: throw LangError("cannot assign to '\(name)'", l, .type)
            }
        }
        if let m = e.as(MemberAccessExprSyntax.self), let base = m.base {
            if let d = base.as(DeclReferenceExprSyntax.self), let r = lookup(d.baseName.text), case .nominal(let t) = r,
               let slot = t.staticSlots[m.declName.baseName.text] {
                return VarLV(hops: 0, slot: slot, global: globalFrame, l)
            }
            return MemberLV(try lowerPlaceOrTemp(base), m.declName.baseName.text, rt: rt, l)
        }
        if let s = e.as(SubscriptCallExprSyntax.self) {
            let indexTypes = subscriptArgumentTypes(try staticTypeOf(s.calledExpression), s)
            let idx = try s.arguments.enumerated().map { try lowerExpr($1.expression, indexTypes[$0] == .int ? nil : indexTypes[$0]).0 }
            return SubscriptLV(try lowerPlaceOrTemp(s.calledExpression), idx, labels: s.arguments.map { $0.label?.text }, rt: rt, l)
        }
        if let f = e.as(ForceUnwrapExprSyntax.self) { return UnwrapLV(try lowerPlace(f.expression), l) }
        if let o = e.as(OptionalChainingExprSyntax.self) {
            if let p = tryLowerPlace(o.expression) { return UnwrapLV(p, l, inChain: true) }
            return TempLV(ChainLink(try lowerChainPart(o.expression).0, l))
        }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1 { return try lowerPlace(t.elements.first!.expression) }
        throw LangError("cannot assign to this expression", l, .type)
    }

    /// `e` as a place if it is one. The error of a failed attempt is never shown, so it is made
    /// without the did-you-mean search, which dominated lowering of closures over `$0`.
    func tryLowerPlace(_ e: ExprSyntax) -> LValue? {
        speculating += 1
        defer { speculating -= 1 }
        return try? lowerPlace(e)
    }

    /// Class instances and host objects can be mutated through any expression, not only places.
    func lowerPlaceOrTemp(_ e: ExprSyntax) throws -> LValue {
        if let p = tryLowerPlace(e) { return p }
        return TempLV(try lowerExpr(e, nil).0)
    }
}

/// Reads a `self` place as an expression.
final class LocalOrOuter: Expr {
    unowned(unsafe) let place: VarLV
    init(_ p: VarLV) { place = p; super.init(p.loc) }
    override func eval(_ f: Frame) throws -> Value { try place.get(f) }
}

/// A computed value used as the base of a mutation (only meaningful for reference types).
final class TempLV: LValue {
    unowned(unsafe) let expr: Expr
    init(_ e: Expr) { expr = e; super.init(e.loc) }
    override func get(_ f: Frame) throws -> Value { try expr.eval(f) }
    override func modify(_ f: Frame, _ body: (inout Value) throws -> Void) throws {
        var v = try expr.eval(f)
        try body(&v)
        switch v {
        case .object, .host: return
        default: throw LangError("cannot assign to property: expression is not assignable", loc, .type)
        }
    }
}
