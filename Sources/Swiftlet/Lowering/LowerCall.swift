import SwiftSyntax

extension Lowerer {
    struct ArgSyntax { var label: String?; var expr: ExprSyntax }

    func callArguments(_ c: FunctionCallExprSyntax) -> [ArgSyntax] {
        var out = c.arguments.map { ArgSyntax(label: $0.label?.text, expr: $0.expression) }
        if let t = c.trailingClosure { out.append(ArgSyntax(label: trailingLabel, expr: ExprSyntax(t))) }
        for t in c.additionalTrailingClosures { out.append(ArgSyntax(label: t.label.text, expr: ExprSyntax(t.closure))) }
        return out
    }

    /// Lowers arguments with the parameter types as context (literal typing).
    func lowerArgs(_ args: [ArgSyntax], types: [SType?]) throws -> ([Expr], [SType], [Bool]) {
        var exprs: [Expr] = [], sts: [SType] = [], lits: [Bool] = []
        for (i, a) in args.enumerated() {
            if let io = a.expr.as(InOutExprSyntax.self) {
                try checkMutable(io.expression)
                exprs.append(InoutArg(try lowerPlace(io.expression), loc(io)))
                sts.append(.unknown); lits.append(false)
                continue
            }
            let want = i < types.count ? types[i] : nil
            let (e, t) = try lowerExpr(a.expr, want == .unknown ? nil : want)
            if let w = want, isMismatch(t, w) {
                throw LangError("cannot convert value of type '\(t.name)' to expected argument type '\(w.nonOptional.name)'", loc(a.expr), .type)
            }
            if let w = want {
                try checkNotOptional(t, where: w, a.expr, nilMessage: "'nil' is not compatible with expected argument type '\(w.name)'")
            }
            exprs.append(want.map { wrappedIfOptional(e, $0) } ?? e); sts.append(t); lits.append(isNumberLiteral(a.expr))
        }
        return (exprs, sts, lits)
    }

    /// Of the functions whose labels fit, the one Swift would pick from the arguments' types:
    /// `d("s")` calls `d(_: String)` even when `d(_: Int)` comes first, and an Int literal
    /// prefers an Int parameter to a Double one. Arguments of unknown type fit anything.
    /// Among those that fit, one returning the type the context wants comes first: with
    /// `sq(_: Int) -> Int` and `sq(_: Double) -> Double`, `let y: Double = sq(3)` calls the second.
    func bestOverload(_ candidates: [VarInfo], for args: [ArgSyntax], labels: [String?], expected: SType? = nil) -> VarInfo? {
        guard candidates.count > 1 else { return candidates.first }
        let argTypes = args.map { literalOrStaticType($0.expr) }
        var best: (VarInfo, Int)?
        for c in candidates {
            guard let decl = c.decl else { continue }
            let types = self.argTypes(decl, labels)
            var score = 0, fits = true
            for (i, a) in argTypes.enumerated() where i < types.count {
                guard let p = types[i], p != .unknown, a != .unknown else { continue }
                if p == a { score += 1; continue }
                if a == .int, isIntLiteral(args[i].expr), p == .double || p == .float { continue }
                if case .optional(let w) = p, w == a || w == .unknown { continue }
                if case .signature = p, a == .function { continue }
                fits = false
            }
            if let want = expected?.nonOptional, want != .unknown, decl.returnType == want { score += 1000 }
            if fits, score > (best?.1 ?? -1) { best = (c, score) }
        }
        return best?.0 ?? candidates.first
    }

    /// The static type of an argument, found by lowering it once on its own (the lowered node is
    /// dropped; the arena frees it with the session). A closure fits any function parameter.
    func literalOrStaticType(_ e: ExprSyntax) -> SType {
        if e.is(ClosureExprSyntax.self) { return .function }
        if let known = argumentTypes[e.id] { return known }
        speculating += 1
        defer { speculating -= 1 }
        let type = (try? lowerExpr(e, nil).1) ?? .unknown
        argumentTypes[e.id] = type
        return type
    }

    /// Parameter types in call-argument order for a user declaration.
    func argTypes(_ d: FunctionDecl, _ labels: [String?]) -> [SType?] {
        guard let m = matchArguments(d.params, labels) else { return [] }
        var out = [SType?](repeating: nil, count: labels.count)
        for (pi, idx) in m.enumerated() { for k in idx { out[k] = d.params[pi].type } }
        return out
    }

    func lowerCall(_ c: FunctionCallExprSyntax, _ expected: SType?) throws -> (Expr, SType) {
        let l = loc(c)
        let args = callArguments(c)
        let labels = args.map(\.label)
        let callee = c.calledExpression
        func make(_ calleeExpr: Expr, _ types: [SType?], name: String) throws -> CallExpr {
            let (exprs, _, lits) = try lowerArgs(args, types: types)
            return CallExpr(callee: calleeExpr, args: exprs, labels: labels, argLiteral: lits, name: name, rt: rt, l)
        }
        if args.isEmpty, let a = callee.as(ArrayExprSyntax.self), a.elements.count == 1 {
            return (ConstExpr(.array([]), l), .array(typeWritten(as: a.elements.first!.expression)))
        }
        if !args.isEmpty, labels != [nil], let a = callee.as(ArrayExprSyntax.self), a.elements.count == 1 {
            // `[Double](repeating: 0, count: 3)` repeats 0.0.
            let element = typeWritten(as: a.elements.first!.expression)
            let types: [SType?] = labels == ["repeating", "count"] && element != .unknown ? [element, .int] : []
            let (exprs, _, lits) = try lowerArgs(args, types: types)
            return (CallExpr(callee: ConstExpr(.type(TypeRef(name: "Array", kind: .builtin)), l), args: exprs, labels: labels, argLiteral: lits, name: "Array", rt: rt, l), .array(element))
        }
        if args.count == 1, labels == [nil], let a = callee.as(ArrayExprSyntax.self), a.elements.count == 1 {
            return try lowerExpr(args[0].expr, .array(typeWritten(as: a.elements.first!.expression)))
        }
        if args.isEmpty, let d = callee.as(DictionaryExprSyntax.self) {
            var type = typeWritten(as: ExprSyntax(d))
            if case .unknown = type { type = .dict(.unknown, .unknown) }
            return (ConstExpr(.dictionary(OrderedDict()), l), type)
        }
        if let d = callee.as(DeclReferenceExprSyntax.self), !d.baseName.text.hasPrefix("$") {
            let name = d.baseName.text
            guard let r = lookup(name) else { throw unknownName(name, d) }
            switch r {
            case .overloads(let vs):
                let candidates = vs.filter { $0.decl.map { matchArguments($0.params, labels) != nil } ?? false }
                guard let v = bestOverload(candidates, for: args, labels: labels, expected: expected), let decl = v.decl else {
                    let want = vs[0].decl?.params.map { ($0.label ?? "_") + ":" }.joined() ?? ""
                    throw LangError("no matching call to '\(name)(\(want))' with arguments (\(labels.map { ($0 ?? "_") + ":" }.joined()))", l, .type)
                }
                return (try make(read(v, name: "", loc(d)), argTypes(decl, labels), name: name), decl.returnType)
            case .member(let t, let isStatic):
                let base: Expr
                let lv: LValue?
                if isStatic {
                    base = ConstExpr(.type(typeRef(t)), l); lv = nil
                } else {
                    guard let p = selfPlace(l) else { throw LangError("instance member '\(name)' cannot be used here", l, .name) }
                    base = LocalOrOuter(p); lv = p
                }
                let m = isStatic ? t.staticMethods[name] : t.methods[name]
                let decl = findMethod(m, labels)
                if !isStatic, !t.isClass, decl?.isMutating == true, let (_, method, _) = enclosingMethod(), !method.isMutating {
                    throw LangError("cannot use mutating member on immutable value: 'self' is immutable", l, .type)
                }
                let call = try make(ConstExpr(.void, l), decl.map { argTypes($0, labels) } ?? [], name: name)
                return (MethodCallExpr(base: base, lv: lv, name: name, call: call, l), decl?.returnType ?? .unknown)
            case .nominal(let t):
                var types: [SType?] = []
                if let i = t.inits.first(where: { matchArguments($0.params, labels) != nil }) { types = argTypes(i, labels) } else {
                    types = labels.map { lab in lab.flatMap { t.fieldIndex[$0] }.map { t.storedTypes[$0] } }
                }
                return (try make(ConstExpr(.type(typeRef(t)), l), types, name: name), .named(t.name))
            case .builtinType(let n):
                if n == "String" && labels.first == "format" && !foundationAvailable {
                    throw LangError("String(format:) needs 'import Foundation'", l, .name)
                }
                // `let w: [Double] = Array(repeating: 1, count: 2)` repeats 1.0.
                if n == "Array", labels == ["repeating", "count"], case .array(let et)? = expected?.nonOptional, et != .unknown {
                    return (try make(ConstExpr(.type(TypeRef(name: n, kind: .builtin)), l), [et, .int], name: n), .array(et))
                }
                let want: SType? = n == "Double" ? .double : n == "Float" ? .float : nil
                // Only a literal itself: `Double(5 / 2)` converts the Int 2, as Swift picks `init(_: Int)`.
                let literalArg = args.count == 1 && isPlainNumberLiteral(args[0].expr)
                // `Array(repeating: 0, count: n)` where `[Double]` is wanted repeats a Double.
                var elementWanted: SType?
                if n == "Array", labels == ["repeating", "count"], case .array(let e)? = expected?.nonOptional, e != .unknown { elementWanted = e }
                let argumentTypes: [SType?] = elementWanted.map { [$0, .int] } ?? (labels == [nil] && want != nil && literalArg ? [want] : [])
                let call = try make(ConstExpr(.type(TypeRef(name: n, kind: .builtin)), l), argumentTypes, name: n)
                let rtype: SType
                // `Int(s)` of a String may fail (Int?); of a number it converts (Int). When the
                // argument's type is unknown here, so is the result's.
                func converted(_ t: SType) -> SType {
                    guard labels == [nil], let a = args.first else { return .unknown }
                    if literalArg { return t }
                    let argType = isStringArg(a.expr) ? .string : literalOrStaticType(a.expr)
                    if argType == .string { return .optional(t) }
                    return argType.isNumeric ? t : .unknown
                }
                switch (n, labels) {
                case ("Int", [nil]): rtype = converted(.int)
                case ("Double", [nil]): rtype = converted(.double)
                case ("Float", [nil]): rtype = converted(.float)
                case ("String", _): rtype = .string
                case ("Array", ["repeating", "count"]):
                    let element = elementWanted ?? literalOrStaticType(args[0].expr)
                    rtype = element == .unknown ? .unknown : .array(element)
                default: rtype = .unknown
                }
                return (call, rtype)
            case .builtinFunction(let b):
                let saved = anyTypedArguments
                defer { anyTypedArguments = saved }
                if name == "print" || name == "debugPrint" {
                    try checkPrintLabels(args, name: name, l)
                    anyTypedArguments = Set(args.map { $0.expr.id })
                }
                // `let d: Double = max(1, 2)`: literal arguments of min/max/abs take the type the
                // result is wanted in, as Swift infers the generic's type from the context.
                var contextTypes: [SType?] = []
                if ["min", "max", "abs", "pow"].contains(name), let want = expected?.nonOptional, want == .double || want == .float,
                   args.allSatisfy({ isNumberLiteral($0.expr) }) {
                    contextTypes = args.map { _ in want }
                }
                // `sqrt(pow(3, 2) + pow(4, 2))`: a computed argument of one-argument math is
                // wanted as a Double, which types the literals and overloads inside it.
                if foundationFunctions.contains(name), name != "pow", args.count == 1,
                   args[0].expr.is(InfixOperatorExprSyntax.self) || args[0].expr.is(FunctionCallExprSyntax.self) {
                    contextTypes = [.double]
                }
                var (exprs, sts, lits) = try lowerArgs(args, types: contextTypes)
                // min/max/pow/...: literals take the type of their floating-point peers
                // (not print's items: each is typed alone, so `print(0.5, 7 / 2)` prints 3)
                if name != "print" && name != "debugPrint", let peer = sts.first(where: { $0 == .double || $0 == .float }) {
                    for (i, a) in args.enumerated() where lits[i] { exprs[i] = try lowerExpr(a.expr, peer).0; sts[i] = peer }
                }
                // One-argument math given an Int, with swiftc's verdicts on Linux. Where the
                // standard library has a generic FloatingPoint version, an integer literal is
                // taken as a Double (`sqrt(16)` is 4.0) and an Int value cannot convert; the
                // others are ambiguous for a literal (`sin(0)`) and find no overload for a value.
                // `pow(2.0, 10)`: Foundation's `pow(Decimal, Int)` fits as well as the Double one.
                if name == "pow", args.count == 2, args[0].expr.is(FloatLiteralExprSyntax.self), isIntLiteral(args[1].expr) {
                    throw LangError("ambiguous use of 'pow': write both as Doubles, such as pow(\(args[0].expr.trimmedDescription), \(args[1].expr.trimmedDescription).0)", l, .type)
                }
                if foundationFunctions.contains(name) && name != "pow" && args.count == 1 && sts[0] == .int {
                    let generic = ["sqrt", "floor", "ceil", "round"].contains(name)
                    switch (lits[0], generic) {
                    case (true, true):
                        exprs[0] = try lowerExpr(args[0].expr, .double).0; sts[0] = .double
                    case (true, false):
                        throw LangError("ambiguous use of '\(name)': write the argument as a Double, such as \(args[0].expr.trimmedDescription).0", l, .type)
                    case (false, true):
                        throw LangError("cannot convert value of type 'Int' to expected argument type 'Double'", loc(args[0].expr), .type)
                    case (false, false):
                        throw LangError("no exact matches in call to global function '\(name)'", l, .type)
                    }
                }
                let rtype: SType
                switch name {
                case "min", "max", "abs", "sqrt", "exp", "log", "pow", "sin", "cos", "tan", "floor", "ceil", "round", "tanh", "log2", "log10": rtype = sts.first ?? .unknown
                case "print", "debugPrint": rtype = .void
                default: rtype = .unknown
                }
                return (CallExpr(callee: ConstExpr(.function(b), l), args: exprs, labels: labels, argLiteral: lits, name: name, rt: rt, l), rtype)
            case .hostFunction(let n):
                let entries = (rt.library.functions[n] ?? []).filter { !$0.variadic && $0.labels == labels }.map(\.floatArguments)
                return (try make(try lowerName(d).0, hostArgumentTypes(entries, args), name: name), .unknown)
            case .hostType(let t):
                let entries = t.initializers.filter { !$0.variadic && $0.labels == labels }.map(\.floatArguments)
                return (try make(try lowerName(d).0, hostArgumentTypes(entries, args), name: name), .unknown)
            default:
                let (ce, ct) = try lowerName(d)
                // A closure held where its type is written out takes arguments of those types.
                if case .signature(let params, let result) = ct { return (try make(ce, params, name: name), result) }
                return (try make(ce, [], name: name), .unknown)
            }
        }
        // `pair.0(4)` calls the closure in a tuple's element: a value, not a method.
        if let m = callee.as(MemberAccessExprSyntax.self), let baseSyntax = m.base, !isTupleIndex(m.declName.baseName) {
            let name = m.declName.baseName.text
            if name == "init", baseSyntax.as(DeclReferenceExprSyntax.self)?.baseName.text == "self" {
                throw unsupported("initializer delegation ('self.init') is", m)
            }
            let (b, bt) = try lowerChainPart(baseSyntax)
            // Standard randomness differs on every run, so no output block could check it.
            let randomMember = (bt.isArray || bt == .range || bt == .string) && ["randomElement", "shuffled", "shuffle"].contains(name)
                || name == "random" && ["Int", "Double", "Float", "Bool"].contains(baseSyntax.trimmedDescription)
            if randomMember {
                throw unsupported("'\(name)' (a different result on every run) is", m.declName)
                    .withNote("for reproducible random numbers use the engine's seeded ones: manualSeed(0), then rand or randn")
            }
            var lv: LValue? = nil
            if isMutatingBuiltin(name) || mayMutate(bt, name) { lv = tryLowerPlace(baseSyntax) }
            var valueTyped = false
            switch bt {
            case .array, .dict, .string: valueTyped = isMutatingBuiltin(name)
            case .named(let n): valueTyped = globals.types[n].map { !$0.isClass && ($0.methods[name]?.contains { $0.isMutating } ?? false) } ?? false
            default: break
            }
            if valueTyped {
                do { try checkMutable(baseSyntax) } catch var e as LangError {
                    e.message = "cannot use mutating member '\(name)' on immutable value: " + e.message
                        .replacingOccurrences(of: "cannot assign to value: ", with: "")
                        .replacingOccurrences(of: "cannot assign to property: ", with: "")
                    throw e
                }
            }
            var types: [SType?] = []
            var rtype: SType = .unknown
            if case .named(let n) = bt, let t = globals.types[n], let decl = findMethod(t.methods[name], labels) {
                types = argTypes(decl, labels); rtype = decl.returnType
            }
            if let cb = b as? ConstExpr, case .type(let tr) = cb.value, case .structType(let t) = tr.kind, let decl = findMethod(t.staticMethods[name], labels) {
                types = argTypes(decl, labels); rtype = decl.returnType
            }
            // `[1.5, 2.5].reduce(0, +)` sums Doubles: an Int literal seed takes the elements' type.
            // Any other seed keeps its own (`reduce(0.0) { $0 + Double($1) }`, `reduce("") { ... }`).
            if case .array(let et) = bt, name == "reduce", labels.count == 2, labels[0] == nil {
                let combinesByOperator = args[1].expr.is(DeclReferenceExprSyntax.self)  // `reduce(0, +)`
                if isIntLiteral(args[0].expr) {
                    // An Int literal seed is of the elements' type when they are combined by an
                    // operator; with a closure only its result tells (see MethodCallExpr).
                    if et.isNumeric, combinesByOperator { types = [et, nil]; rtype = et } else { rtype = .unknown }
                } else {
                    rtype = literalType(args[0].expr)
                }
            }
            if case .array(let et) = bt, name == "append" || name == "contains" {
                types = labels == ["contentsOf"] ? [.array(et)] : [et]
                if name == "contains" { rtype = .bool }
            }
            if case .array(let et) = bt, name == "insert", labels == [nil, "at"] { types = [et, .int] }
            // `floats.min() ?? 0` is a Float: the literal after `??` takes the element type.
            if case .array(let et) = bt, name == "min" || name == "max", labels.isEmpty, et != .unknown { rtype = .optional(et) }
            if case .dict(let kt, let vt) = bt, name == "updateValue", labels == [nil, "forKey"] { types = [vt, kt] }
            // Only floating-point values have `rounded(_:)`: a receiver of unknown type (`$0`) is one.
            if bt == .double || bt == .float || bt == .unknown, name == "rounded", labels == [nil] {
                types = [.named(roundingRuleType)]; rtype = bt
            }
            if case .array = bt, ["map", "filter", "sorted", "reversed"].contains(name) { rtype = name == "map" ? .array(.unknown) : bt }
            let call = try make(ConstExpr(.void, l), types, name: name)
            return chained(ExprSyntax(c), MethodCallExpr(base: b, lv: lv, name: name, call: call, loc(m.declName)), rtype)
        }
        let (ce, _) = try lowerChainPart(callee)
        return (wrapChain(ExprSyntax(c), try make(ce, [], name: callee.trimmedDescription)), .unknown)
    }

    func isTupleIndex(_ token: TokenSyntax) -> Bool {
        if case .integerLiteral = token.tokenKind { return true }
        return false
    }

    /// Argument types for a host call from the entries its labels select: a Float parameter (or
    /// an array of them, nested as deep as the literal given) where every such entry has one.
    func hostArgumentTypes(_ entries: [Set<Int>], _ args: [ArgSyntax]) -> [SType?] {
        guard let first = entries.first, entries.allSatisfy({ $0 == first }), !first.isEmpty else { return [] }
        return args.indices.map { i in
            guard first.contains(i) else { return nil }
            var type = SType.float
            var e = args[i].expr
            while let a = e.as(ArrayExprSyntax.self), let inner = a.elements.first?.expression { type = .array(type); e = inner }
            return type == .float && args[i].expr.is(ArrayExprSyntax.self) ? .array(.float) : type
        }
    }

    /// `print(items..., separator:, terminator:)`: the labels Swift accepts, in its order.
    func checkPrintLabels(_ args: [ArgSyntax], name: String, _ l: Loc) throws {
        var seen: [String] = []
        for a in args {
            guard let label = a.label else {
                if !seen.isEmpty { throw LangError("unlabeled item after '\(seen.last!):' in call to '\(name)'", loc(a.expr), .type) }
                continue
            }
            if label == "to" { throw LangError("\(name)(_:to:) is not supported in lessons", loc(a.expr), .unsupported) }
            guard label == "separator" || label == "terminator" else {
                throw LangError("extra argument '\(label)' in call", loc(a.expr), .type)
            }
            if seen.contains(label) { throw LangError("extra argument '\(label)' in call", loc(a.expr), .type) }
            if label == "separator", seen.contains("terminator") {
                throw LangError("argument 'separator' must precede argument 'terminator'", loc(a.expr), .type)
            }
            seen.append(label)
        }
    }

    /// A type written where an expression is parsed: the `Int?` of `[Int?]()`, the `[Double]`
    /// of `[[Double]]()`.
    func typeWritten(as e: ExprSyntax) -> SType {
        if let d = e.as(DeclReferenceExprSyntax.self) { return lowerType(TypeSyntax(IdentifierTypeSyntax(name: d.baseName.trimmed))) }
        if let o = e.as(OptionalChainingExprSyntax.self) { return .optional(typeWritten(as: o.expression)) }
        if let a = e.as(ArrayExprSyntax.self), a.elements.count == 1 { return .array(typeWritten(as: a.elements.first!.expression)) }
        if let d = e.as(DictionaryExprSyntax.self), case .elements(let list) = d.content, list.count == 1, let kv = list.first {
            return .dict(typeWritten(as: kv.key), typeWritten(as: kv.value))
        }
        return .unknown
    }

    /// `7`, `-2.5`: one literal, no arithmetic.
    func isPlainNumberLiteral(_ e: ExprSyntax) -> Bool {
        if e.is(IntegerLiteralExprSyntax.self) || e.is(FloatLiteralExprSyntax.self) { return true }
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-" { return isPlainNumberLiteral(p.expression) }
        return false
    }

    /// `7`, `-2.5`, `(1 + 2)`: a literal that takes its type from context.
    func isNumberLiteral(_ e: ExprSyntax) -> Bool {
        if e.is(FloatLiteralExprSyntax.self) { return true }
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-", p.expression.is(FloatLiteralExprSyntax.self) { return true }
        return isIntLiteral(e)
    }

    func isStringArg(_ e: ExprSyntax) -> Bool {
        if e.is(StringLiteralExprSyntax.self) { return true }
        if let d = e.as(DeclReferenceExprSyntax.self), case .variable(let v)? = lookup(d.baseName.text) { return v.type == .string }
        return false
    }

    /// Methods on user structs may be `mutating`: keep the base as a place when it is one.
    func mayMutate(_ t: SType, _ name: String) -> Bool {
        // A type declared further down the cell has no methods yet: any of them may mutate.
        if case .named(let n) = t, announcedTypes[n] != nil { return true }
        if case .named(let n) = t, let nt = globals.types[n] { return !nt.isClass && (nt.methods[name]?.contains { $0.isMutating } ?? false) }
        return t == .unknown
    }
}
