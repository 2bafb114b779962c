/// Matches call-site labels to a declaration's parameters (Swift rules: in order, defaults may
/// be skipped, a variadic parameter takes the following unlabelled arguments).
/// Result: for each parameter, the argument indices it takes (empty = use the default).
/// Label given to an unlabelled trailing closure: it matches the next parameter whatever its label.
let trailingLabel = "#trailing"

func matchArguments(_ params: [ParamInfo], _ labels: [String?]) -> [[Int]]? {
    var out: [[Int]] = []
    var k = 0
    for p in params {
        if k < labels.count && (labels[k] == p.label || labels[k] == trailingLabel) {
            if p.variadic {
                var taken = [k]; k += 1
                while k < labels.count && labels[k] == nil { taken.append(k); k += 1 }
                out.append(taken)
            } else {
                out.append([k]); k += 1
            }
        } else if p.defaultValue != nil || p.variadic {
            out.append([])
        } else {
            return nil
        }
    }
    return k == labels.count ? out : nil
}

final class CallExpr: Expr {
    unowned(unsafe) let callee: Expr
    let args: [Expr]
    let labels: [String?]
    let argLiteral: [Bool]
    let calleeName: String
    unowned(unsafe) let rt: Runtime
    var cacheKey: ObjectIdentifier?
    var cacheMap: [[Int]] = []

    init(callee: Expr, args: [Expr], labels: [String?], argLiteral: [Bool], name: String, rt: Runtime, _ loc: Loc) {
        self.callee = callee; self.args = args; self.labels = labels; self.argLiteral = argLiteral
        calleeName = name; self.rt = rt; super.init(loc)
    }

    override func eval(_ f: Frame) throws -> Value {
        let fn = try callee.eval(f)
        var values: [Value] = []
        values.reserveCapacity(args.count)
        for a in args { values.append(try a.eval(f)) }
        return try callValue(fn, values, f)
    }

    func callValue(_ fn: Value, _ values: [Value], _ f: Frame) throws -> Value {
        switch fn {
        case .function(let c):
            if let cl = c as? Closure { return try callClosure(cl.decl, env: cl.env, selfValue: cl.boundSelf, values, f) }
            if let b = c as? BuiltinFunction { return try callHost(loc) { try b.body(values) } }
            if let b = c as? LabelledBuiltin {
                rt.builtinCallLine = loc.line
                return try callHost(loc) { try b.body(values, labels.map { $0 == trailingLabel ? nil : $0 }) }
            }
            if let h = c as? HostFunctionSet { return try h.call(values, labels: labels, loc: loc) }
            return try callHost(loc) { try c.call(values) }
        case .type(let t):
            return try construct(t, values, labels: labels, literal: argLiteral, rt: rt, loc: loc, call: self, frame: f)
        case .structValue, .object:
            return try callMethod(on: fn, lv: nil, "callAsFunction", values, labels: labels, frame: f, call: self)
        case .host:
            return try callMethod(on: fn, lv: nil, "callAsFunction", values, labels: labels, frame: f, call: self)
        default:
            throw LangError("cannot call value of non-function type '\(fn.typeName)'", loc, .type)
        }
    }

    /// Calls a user function: arguments matched by label, defaults filled, inout written back.
    func callClosure(_ d: FunctionDecl, env: Frame?, selfValue: Value?, _ values: [Value], _ f: Frame,
                     readBack: (Frame) throws -> Void = { _ in }) throws -> Value {
        let id = ObjectIdentifier(d)
        if cacheKey != id {
            guard let m = matchArguments(d.params, labels) else {
                let want = d.params.map { ($0.label ?? "_") + ":" }.joined()
                let got = labels.map { ($0 ?? "_") + ":" }.joined()
                throw LangError("no matching call: '\(d.name)(\(want))' called as '\(d.name)(\(got))'", loc, .type)
            }
            cacheKey = id; cacheMap = m
        }
        var actual: [Value] = []
        actual.reserveCapacity(d.params.count)
        for (i, p) in d.params.enumerated() {
            let idx = cacheMap[i]
            if p.variadic {
                actual.append(.array(idx.map { values[$0] }))
            } else if idx.isEmpty {
                actual.append(try p.defaultValue!.eval(env ?? f))
            } else {
                var v = values[idx[0]]
                if argLiteral[idx[0]] { v = convertLiteral(v, to: p.type) }
                actual.append(v)
            }
        }
        return try d.invoke(env: env, selfValue: selfValue, args: actual, loc: loc) { frame in
            for (i, p) in d.params.enumerated() where p.isInout {
                guard let k = cacheMap[i].first, let arg = args[k] as? InoutArg else {
                    throw LangError("passing value of type '\(p.type.name)' to an inout parameter requires explicit '&'", loc, .type)
                }
                try arg.target.set(f, frame.slots[p.slot])
            }
            try readBack(frame)
        }
    }
}

/// An integer literal argument takes the parameter's floating type, as Swift infers.
@inline(__always)
func convertLiteral(_ v: Value, to t: SType) -> Value {
    // A floating literal is a Float where a Float is expected (`floats.firstIndex(of: 0.7)`).
    if case .double(let d) = v { return t.nonOptional == .float ? .float(Float(d)) : v }
    guard case .int(let i) = v else { return v }
    switch t {
    case .double: return .double(Double(i))
    case .float: return .float(Float(i))
    case .optional(let w): return convertLiteral(v, to: w)
    default: return v
    }
}

/// Builtins that need the call's labels (print(separator:), String(format:) ...).
final class LabelledBuiltin: Callable {
    let fnName: String
    let body: ([Value], [String?]) throws -> Value
    init(_ name: String, _ body: @escaping ([Value], [String?]) throws -> Value) { fnName = name; self.body = body }
    override func call(_ args: [Value]) throws -> Value { try body(args, args.map { _ in nil }) }
    override var name: String { fnName }
}

/// All host overloads of one free function name.
final class HostFunctionSet: Callable {
    let fnName: String
    let entries: [HostLibrary.FunctionEntry]
    init(_ name: String, _ entries: [HostLibrary.FunctionEntry]) { fnName = name; self.entries = entries }
    override var name: String { fnName }
    override func call(_ args: [Value]) throws -> Value {
        try call(args, labels: args.map { _ in nil }, loc: .none)
    }
    func call(_ args: [Value], labels: [String?], loc: Loc) throws -> Value {
        for e in entries {
            if let a = matchHostArguments(labels: e.labels, variadic: e.variadic, callLabels: labels, args: args) {
                return try callHost(loc) { try e.body(a) }
            }
        }
        let got = labels.map { ($0 ?? "_") + ":" }.joined()
        throw LangError("no overload of '\(fnName)' takes arguments (\(got))", loc, .type)
    }
}
