import Foundation

/// `base.name(args)`. `lv` is the base as an assignable place, when it is one: mutating
/// methods (user `mutating func`, `append`, `sort` ...) write through it.
final class MethodCallExpr: Expr {
    unowned(unsafe) let base: Expr
    unowned(unsafe) let lv: LValue?
    let name: String
    unowned(unsafe) let call: CallExpr
    /// Unretained links for the hot path (the arena owns the nodes).
    let baseU: Unmanaged<Expr>, argsU: [Unmanaged<Expr>]
    init(base: Expr, lv: LValue?, name: String, call: CallExpr, _ loc: Loc) {
        self.base = base; self.lv = lv; self.name = name; self.call = call
        baseU = .passUnretained(base)
        argsU = call.args.map { .passUnretained($0) }
        mutatesStandardValue = lv != nil && isMutatingBuiltin(name)
        variable = mutatesStandardValue ? lv as? VarLV : nil
        standardCallLabels = standardLabels(call.labels, method: name)
        elementTypedLiteral = call.argLiteral.first == true && ["append", "insert", "contains", "firstIndex", "reduce"].contains(name)
        super.init(loc)
    }
    /// The host method this call resolved to last time (only fixed-arity ones: variadic calls pack
    /// their arguments on the general path).
    var hostMethodCache = HostSiteCache<AnyHostType.Method>()
    /// `a.append(x)` and the other mutating methods of arrays, dictionaries and strings on a place.
    let mutatesStandardValue: Bool
    /// The variable such a call changes, when the place is a plain variable.
    unowned(unsafe) let variable: VarLV?
    let standardCallLabels: [String?]
    /// The first argument is an Int literal that Swift types as the array's element
    /// (`doubles.append(0)`, `doubles.reduce(0, +)`), where the lowerer could not see the type.
    let elementTypedLiteral: Bool
    @inline(__always)
    private func arguments(_ f: Frame) throws -> [Value] {
        var values: [Value] = []
        if !argsU.isEmpty {
            values.reserveCapacity(argsU.count)
            for a in argsU { values.append(try fastEval(a, f)) }
        }
        return values
    }

    override func eval(_ f: Frame) throws -> Value {
        var values: [Value], b: Value
        if let variable {
            // `a.append(x)` on a variable: changed where it lives, without reading a copy first
            // (the arguments come first: a mutating access begins after them, as in Swift).
            values = try arguments(f)
            let slot = variable.pointer(f)
            if slot.pointee.isStandardValue {
                if elementTypedLiteral { typeLiteralLikeElements(&values[0], of: slot.pointee) }
                return try callHost(call.loc) { try mutatingBuiltin(&slot.pointee, name, values, standardCallLabels, rt: call.rt, loc: call.loc) }
            }
            b = try fastEval(baseU, f)
        } else {
            // The receiver before the arguments, as Swift evaluates them; a nil link of an
            // optional chain (`a?.append(f())`) stops here, before any argument is evaluated.
            b = try fastEval(baseU, f)
            values = try arguments(f)
        }
        if case .host(let h) = b, let body = hostMethodCache.entry(for: h, in: call.rt, { fixedArityHostMethod($0) }) {
            return try callHost(call.loc) { try body(h, values) }
        }
        if elementTypedLiteral { typeLiteralLikeElements(&values[0], of: b) }
        if mutatesStandardValue, let lv, b.isStandardValue {
            // `a.append(x)`: the copy read above must be gone before the write, or the array's
            // storage would be shared and every append would copy all of it.
            b = .void
            return try mutateInPlace(lv, name, values, labels: standardCallLabels, frame: f, call: call)
        }
        if elementTypedLiteral, name == "reduce", let seed = literalSeed(values[0]) {
            // `items.reduce(0) { $0 + $1.price }`, `[1.5].reduce(0) { $0 + Int($1) }`: Swift types a
            // literal seed from the closure, which only running it tells. A seed of a number type
            // the closure cannot combine is tried as the other number types, in this order.
            var firstError: LangError?
            for candidate in [values[0], .int(seed), .double(Double(seed)), .float(Float(seed))] {
                values[0] = candidate
                do {
                    return try callMethod(on: b, lv: lv, name, values, labels: call.labels, frame: f, call: call)
                } catch let e as LangError where e.kind == .type && e.message.hasPrefix("binary operator") {
                    if firstError == nil { firstError = e }
                }
            }
            throw firstError!
        }
        return try callMethod(on: b, lv: lv, name, values, labels: call.labels, frame: f, call: call)
    }

    /// The whole number an Int literal seed stands for, in whatever type it was given.
    private func literalSeed(_ v: Value) -> Int? {
        switch v {
        case .int(let n): return n
        case .double(let d): return Int(exactly: d)
        case .float(let d): return Int(exactly: d)
        default: return nil
        }
    }

    /// The entry `callMethod` would pick for this call's labels, when it takes its arguments as given.
    private func fixedArityHostMethod(_ t: AnyHostType) -> AnyHostType.Method? {
        let entries = name == "callAsFunction" ? t.calls : (t.methods[name] ?? [])
        let count = call.labels.count
        let probe = [Value](repeating: .void, count: count)
        guard let first = entries.first(where: {
            matchHostArguments(labels: $0.labels, variadic: $0.variadic, callLabels: call.labels, args: probe) != nil
        }), !first.variadic else { return nil }
        return first.body
    }
}

func findMethod(_ ms: [FunctionDecl]?, _ labels: [String?]) -> FunctionDecl? {
    guard let ms else { return nil }
    return ms.first { matchArguments($0.params, labels) != nil } ?? (ms.count == 1 ? ms[0] : nil)
}

func callMethod(on b: Value, lv: LValue?, _ name: String, _ values: [Value], labels: [String?], frame f: Frame, call: CallExpr) throws -> Value {
    let loc = call.loc, rt = call.rt
    switch b {
    case .structValue(let s):
        if let m = findMethod(s.type.methods[name], labels) {
            if m.isMutating {
                guard let lv else { throw LangError("cannot use mutating member on immutable value", loc, .type) }
                var result: Value = .void
                try lv.modify(f) { v in
                    var newSelf: Value = .void
                    result = try call.callClosure(m, env: s.type.globalFrame, selfValue: v, values, f) { newSelf = $0.slots[0] }
                    v = newSelf
                }
                return result
            }
            return try call.callClosure(m, env: s.type.globalFrame, selfValue: b, values, f)
        }
        if let i = s.type.fieldIndex[name] { return try call.callValue(s.fields[i], values, f) }
        if s.type.getters[name] != nil { return try call.callValue(try getMember(b, name, rt: rt, loc: loc), values, f) }
        throw LangError("value of type '\(s.type.name)' has no member '\(name)'", loc, .name)
    case .object(let o):
        if let m = findMethod(o.type.methods[name], labels) {
            return try call.callClosure(m, env: o.type.globalFrame, selfValue: b, values, f)
        }
        if let i = o.type.fieldIndex[name] { return try call.callValue(o.fields[i], values, f) }
        if o.type.getters[name] != nil { return try call.callValue(try getMember(b, name, rt: rt, loc: loc), values, f) }
        throw LangError("value of type '\(o.type.name)' has no member '\(name)'", loc, .name)
    case .host(let h):
        guard let t = rt.library.hostType(of: h) else { break }
        let entries = name == "callAsFunction" ? t.calls : (t.methods[name] ?? [])
        for e in entries {
            if let a = matchHostArguments(labels: e.labels, variadic: e.variadic, callLabels: labels, args: values) {
                return try callHost(loc) { try e.body(h, a) }
            }
        }
        if let g = t.getters[name] { return try call.callValue(try callHost(loc) { try g(h) }, values, f) }
        if !entries.isEmpty {
            let got = labels.map { ($0 ?? "_") + ":" }.joined()
            throw LangError("no overload of '\(name)' on '\(t.name)' takes arguments (\(got))", loc, .type)
        }
    case .type(let t):
        switch t.kind {
        case .structType(let n), .classType(let n):
            if let m = findMethod(n.staticMethods[name], labels) { return try call.callClosure(m, env: n.globalFrame, selfValue: b, values, f) }
            if let slot = n.staticSlots[name], let g = n.globalFrame { return try call.callValue(g.slots[slot], values, f) }
        case .host(let h):
            for e in h.staticMethods[name] ?? [] {
                if let a = matchHostArguments(labels: e.labels, variadic: e.variadic, callLabels: labels, args: values) {
                    return try callHost(loc) { try e.body(a) }
                }
            }
        case .builtin:
            if let v = try builtinStaticMethod(t.name, name, values, labels, rt: rt, loc: loc) { return v }
        }
        throw LangError("type '\(t.name)' has no member '\(name)'", loc, .name)
    case .optional(let wrapped):
        // Optional's own `map`/`flatMap`: the closure runs on a value, nil stays nil.
        if name == "map" || name == "flatMap", values.count == 1, case .function = values[0] {
            guard let wrapped else { return .optional(nil) }
            let result = try invoke(values[0], [wrapped], loc: loc)
            if name == "flatMap", case .optional = result { return result }
            return .optional(result)
        }
        throw LangError("value of optional type '\(b.typeName)' must be unwrapped to refer to member '\(name)'", loc, .type)
    default:
        let labels = standardLabels(labels, method: name)
        if isMutatingBuiltin(name) {
            guard let lv else { throw LangError("cannot use mutating member '\(name)' on immutable value", loc, .type) }
            return try mutateInPlace(lv, name, values, labels: labels, frame: f, call: call)
        }
        // `f.run()` with `f = (name: "n", run: { ... })`: the closure held under that label.
        if case .tuple(let t) = b, let i = t.labels.firstIndex(where: { $0 == name }), case .function = t.elements[i] {
            return try invoke(t.elements[i], values, loc: loc)
        }
        // A standard method's own argument errors (`prefix` given a closure) are placed at the call.
        if let v = try callHost(loc, { try builtinMethod(b, name, values, labels, rt: rt, loc: loc) }) { return v }
        // `a.count()`: a property called as a method.
        if b.isStandardValue, let property = try? getMember(b, name, rt: rt, loc: loc) {
            if case .function = property {} else {
                throw LangError("cannot call value of non-function type '\(property.typeName)'", loc, .type)
            }
        }
        // `names.joined(", ")`: the method exists, with other argument labels.
        if b.isStandardValue, standardMethodNames.contains(name) {
            throw LangError("no '\(name)' of \(b.typeName) takes arguments (\(labels.map { ($0 ?? "_") + ":" }.joined()))", loc, .type)
        }
    }
    throw LangError("value of type '\(b.typeName)' has no member '\(name)'", loc, .name)
}

/// A mutating method of an array, dictionary or string (`append`, `removeLast`...), applied to
/// the value where it lives. `labels` are already the method's own (`standardLabels`).
func mutateInPlace(_ lv: LValue, _ name: String, _ values: [Value], labels: [String?], frame f: Frame, call: CallExpr) throws -> Value {
    let rt = call.rt, loc = call.loc
    var result: Value = .void
    try callHost(loc) { try lv.modify(f) { v in result = try mutatingBuiltin(&v, name, values, labels, rt: rt, loc: loc) } }
    return result
}

/// An Int literal given to a method of a Double or Float array takes the elements' type.
func typeLiteralLikeElements(_ literal: inout Value, of receiver: Value) {
    guard case .array(let elements) = receiver, let first = elements.first else { return }
    switch first {
    case .double: literal = convertLiteral(literal, to: .double)
    case .float: literal = convertLiteral(literal, to: .float)
    default: break
    }
}

/// A trailing closure given to a standard method takes the label Swift's signature has there.
func standardLabels(_ labels: [String?], method name: String) -> [String?] {
    guard labels.last == trailingLabel else { return labels }
    var labels = labels
    labels[labels.count - 1] = ["sorted", "sort", "min", "max"].contains(name) ? "by" : ["contains", "first", "firstIndex", "count"].contains(name) ? "where" : nil
    return labels
}

extension Value {
    /// Arrays, dictionaries, strings, numbers...: values whose methods are the standard library's.
    var isStandardValue: Bool {
        switch self {
        case .structValue, .object, .host, .type, .optional: return false
        default: return true
        }
    }
}

/// Calls a function value with positional arguments (used by map, filter, sort ...).
func invoke(_ fn: Value, _ args: [Value], loc: Loc) throws -> Value {
    guard case .function(let c) = fn else { throw LangError("expected a function, got \(fn.typeName)", loc, .type) }
    if let cl = c as? Closure {
        var args = args
        // `zip(a, b).map { $0 + $1 }`: a closure of n parameters given one n-tuple takes its
        // elements, as Swift allows for closures passed where a tuple-taking function is expected.
        if args.count == 1, cl.decl.params.count > 1, case .tuple(let t) = args[0], t.elements.count == cl.decl.params.count {
            args = t.elements
        }
        return try cl.decl.invoke(env: cl.env, selfValue: cl.boundSelf, args: args, loc: loc)
    }
    return try callHost(loc) { try c.call(args) }
}

/// `T(args)`: user initializers, memberwise init, conversions, host initializers.
func construct(_ t: TypeRef, _ values: [Value], labels: [String?], literal: [Bool], rt: Runtime, loc: Loc, call: CallExpr, frame: Frame) throws -> Value {
    switch t.kind {
    case .structType(let n), .classType(let n):
        let env = n.globalFrame
        if !n.inits.isEmpty {
            // Property initialisers run before the init's body.
            var fields: [Value] = []
            for d in n.storedDefaults { fields.append(try d?.eval(env!) ?? .void) }
            let selfValue: Value = n.isClass ? .object(Instance(type: n, fields: fields)) : .structValue(StructValue(type: n, fields: fields))
            guard let i = n.inits.first(where: { matchArguments($0.params, labels) != nil }) else {
                throw LangError("no initializer of '\(n.name)' takes arguments (\(labels.map { ($0 ?? "_") + ":" }.joined()))", loc, .type)
            }
            // Not a copy of `selfValue`: a second reference would make the body's first write copy the fields.
            var initialised: Value = .void
            _ = try call.callClosure(i, env: env, selfValue: selfValue, values, frame) { initialised = $0.slots[0] }
            return initialised
        }
        // memberwise initializer (structs), or `C()` when every property has a default
        var params: [(String, Int)] = []
        for (k, name) in n.storedNames.enumerated() where !(n.storedIsLet[k] && n.storedDefaults[k] != nil) {
            if !n.isClass || n.storedDefaults[k] == nil { params.append((name, k)) }
        }
        var newFields: [Value?] = Array(repeating: nil, count: n.storedNames.count)
        var a = 0
        for (name, k) in params {
            // A trailing closure goes to the next property of function type, past those with defaults.
            let trailingClosureHere = a == labels.count - 1 && labels[a] == trailingLabel && n.storedTypes[k].isFunction
            if a < labels.count && (labels[a] == name || trailingClosureHere) {
                var v = values[a]
                if literal[a] { v = convertLiteral(v, to: n.storedTypes[k]) }
                newFields[k] = try checkType(v, n.storedTypes[k], loc)
                a += 1
            } else if n.storedDefaults[k] == nil {
                throw LangError("missing argument for parameter '\(name)' in call to '\(n.name)' initializer", loc, .type)
            }
        }
        if a != labels.count { throw LangError("extra argument in call to '\(n.name)' initializer", loc, .type) }
        // A default is evaluated only for a property the call does not give (it may print).
        var fields: [Value] = []
        for (k, given) in newFields.enumerated() { fields.append(try given ?? n.storedDefaults[k]?.eval(env!) ?? .void) }
        return n.isClass ? .object(Instance(type: n, fields: fields)) : .structValue(StructValue(type: n, fields: fields))
    case .host(let h):
        for e in h.initializers {
            if let a = matchHostArguments(labels: e.labels, variadic: e.variadic, callLabels: labels, args: values) {
                return try callHost(loc) { try e.body(a) }
            }
        }
        throw LangError("no initializer of '\(h.name)' takes arguments (\(labels.map { ($0 ?? "_") + ":" }.joined()))", loc, .type)
    case .builtin:
        return try builtinConstruct(t.name, values, labels, literal: literal, loc: loc)
    }
}
