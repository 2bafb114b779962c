import Foundation

/// `base.name` for every kind of value.
func getMember(_ b: Value, _ name: String, rt: Runtime, loc: Loc) throws -> Value {
    switch b {
    case .structValue(let s):
        if let i = s.type.fieldIndex[name] { return s.fields[i] }
        if let g = s.type.getters[name] { return try g.invoke(env: s.type.globalFrame, selfValue: b, args: [], loc: loc) }
        if let ms = s.type.methods[name], let m = ms.first { return .function(Closure(decl: m, env: s.type.globalFrame, boundSelf: b)) }
        throw LangError("value of type '\(s.type.name)' has no member '\(name)'", loc, .name)
    case .object(let o):
        if let i = o.type.fieldIndex[name] { return o.fields[i] }
        if let g = o.type.getters[name] { return try g.invoke(env: o.type.globalFrame, selfValue: b, args: [], loc: loc) }
        if let ms = o.type.methods[name], let m = ms.first { return .function(Closure(decl: m, env: o.type.globalFrame, boundSelf: b)) }
        throw LangError("value of type '\(o.type.name)' has no member '\(name)'", loc, .name)
    case .host(let h):
        if let t = rt.library.hostType(of: h), let g = t.getters[name] { return try callHost(loc) { try g(h) } }
        throw LangError("value of type '\(b.typeName)' has no member '\(name)'", loc, .name)
    case .array(let a):
        switch name {
        case "count": return .int(a.count)
        case "isEmpty": return .bool(a.isEmpty)
        case "first": return .optional(a.first)
        case "last": return .optional(a.last)
        case "indices": return .range(RangeValue(lower: 0, upper: a.count, closed: false))
        default: break
        }
    case .string(let s):
        switch name {
        case "count": return .int(s.count)
        case "isEmpty": return .bool(s.isEmpty)
        case "first": return .optional(s.first.map { .string(String($0)) })
        case "last": return .optional(s.last.map { .string(String($0)) })
        default:
            // A Character is a one-character string here: its properties read that character.
            if s.count == 1, let c = s.first, let v = characterProperty(c, name) { return v }
        }
    case .dictionary(let d):
        switch name {
        case "count": return .int(d.count)
        case "isEmpty": return .bool(d.count == 0)
        case "keys": return .array(d.keys)
        case "values": return .array(d.values)
        default: break
        }
    case .tuple(let t):
        if let i = tupleIndex(t, name) { return t.elements[i] }
    case .range(let r):
        switch name {
        case "lowerBound": if let l = r.lower { return .int(l) }
        case "upperBound": if let u = r.upper { return .int(u) }
        case "count":
            if let (l, u) = r.bounds {
                let (count, overflow) = u.subtractingReportingOverflow(l)
                if overflow { throw LangError("range count does not fit in Int", loc) }
                return .int(max(0, count))
            }
        case "isEmpty": if let (l, u) = r.bounds { return .bool(u <= l) }
        default: break
        }
    case .int(let i):
        switch name {
        // A UInt in Swift (Int.min's is 2^63, which no Int holds).
        case "magnitude": throw LangError("'magnitude' of an Int is a UInt, which lessons do not support; use abs(_:)", loc, .unsupported)
        case "description": return .string(String(i))
        default: break
        }
    case .double(let d):
        switch name {
        case "description": return .string(d.description)
        case "isNaN": return .bool(d.isNaN)
        case "isInfinite": return .bool(d.isInfinite)
        case "magnitude": return .double(d.magnitude)
        default: break
        }
    case .float(let d):
        switch name {
        case "description": return .string(d.description)
        case "isNaN": return .bool(d.isNaN)
        case "isInfinite": return .bool(d.isInfinite)
        case "magnitude": return .float(d.magnitude)
        default: break
        }
    case .type(let t): return try staticMember(t, name, rt: rt, loc: loc)
    case .optional(nil), .optional:
        throw LangError("value of optional type '\(b.typeName)' must be unwrapped to refer to member '\(name)'", loc, .type)
    default: break
    }
    throw LangError("value of type '\(b.typeName)' has no member '\(name)'", loc, .name)
}

func staticMember(_ t: TypeRef, _ name: String, rt: Runtime, loc: Loc) throws -> Value {
    switch t.kind {
    case .structType(let n), .classType(let n):
        if let slot = n.staticSlots[name], let g = n.globalFrame { return g.slots[slot] }
        if let ms = n.staticMethods[name], let m = ms.first { return .function(Closure(decl: m, env: n.globalFrame)) }
    case .host(let h):
        if let p = h.staticProperties[name] { return try callHost(loc) { try p() } }
    case .builtin:
        switch (t.name, name) {
        case ("Int", "max"): return .int(.max)
        case ("Int", "min"): return .int(.min)
        case ("Double", "pi"): return .double(.pi)
        case ("Double", "infinity"): return .double(.infinity)
        case ("Double", "nan"): return .double(.nan)
        case ("Double", "greatestFiniteMagnitude"): return .double(.greatestFiniteMagnitude)
        case ("Double", "ulpOfOne"): return .double(.ulpOfOne)
        case ("Float", "pi"): return .float(.pi)
        case ("Float", "infinity"): return .float(.infinity)
        case ("Float", "greatestFiniteMagnitude"): return .float(.greatestFiniteMagnitude)
        case ("Float", "nan"): return .float(.nan)
        case ("Float", "ulpOfOne"): return .float(.ulpOfOne)
        default: break
        }
    }
    throw LangError("type '\(t.name)' has no member '\(name)'", loc, .name)
}

final class MemberExpr: Expr {
    unowned(unsafe) let base: Expr
    let name: String
    unowned(unsafe) let rt: Runtime
    var cachedType: NominalType?
    var cachedIndex = 0
    init(_ b: Expr, _ n: String, rt: Runtime, _ loc: Loc) { base = b; name = n; self.rt = rt; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        let b = try base.eval(f)
        // inline cache for stored properties
        if case .structValue(let s) = b, s.type === cachedType { return s.fields[cachedIndex] }
        if case .object(let o) = b, o.type === cachedType { return o.fields[cachedIndex] }
        switch b {
        case .structValue(let s): if let i = s.type.fieldIndex[name] { cachedType = s.type; cachedIndex = i }
        case .object(let o): if let i = o.type.fieldIndex[name] { cachedType = o.type; cachedIndex = i }
        default: break
        }
        return try getMember(b, name, rt: rt, loc: loc)
    }
}

func subscriptGet(_ b: Value, _ idx: [Value], labels: [String?], rt: Runtime, loc: Loc) throws -> Value {
    switch b {
    case .array(let a):
        guard idx.count == 1 else { break }
        switch idx[0] {
        case .int(let i):
            guard i >= 0 && i < a.count else { throw LangError("index out of range: \(i) is not in 0..<\(a.count)", loc) }
            return a[i]
        case .range(let r):
            let lo = r.lower ?? 0
            let hi = r.upper.map { r.closed ? $0 + 1 : $0 } ?? a.count
            guard lo >= 0, hi <= a.count, lo <= hi else { throw LangError("range \(Value.range(r).description) out of bounds for array of \(a.count) elements", loc) }
            return .array(Array(a[lo..<hi]))
        default: break
        }
    case .dictionary(let d):
        if labels.count == 2 && labels[1] == "default" { return d[idx[0]] ?? idx[1] }
        if idx.count == 1 { return .optional(d[idx[0]]) }
    case .host(let h):
        if let t = rt.library.hostType(of: h), let g = t.subscriptGet { return try callHost(loc) { try g(h, idx) } }
    case .string(let s):
        if idx.count == 1, case .int = idx[0] {
            throw LangError("'subscript(_:)' is unavailable: cannot subscript String with an Int", loc, .type)
        }
        _ = s
    default: break
    }
    throw LangError("cannot subscript a value of type '\(b.typeName)' with these indices", loc, .type)
}

final class SubscriptExpr: Expr {
    unowned(unsafe) let base: Expr
    let indices: SubscriptIndices
    unowned(unsafe) let rt: Runtime
    var pairGetCache = HostSiteCache<(AnyObject, Value, Value) throws -> Value>()
    /// Unretained link for the hot path (the arena owns the nodes).
    let baseU: Unmanaged<Expr>
    init(_ b: Expr, _ i: [Expr], labels: [String?], rt: Runtime, _ loc: Loc) {
        base = b; indices = SubscriptIndices(i, labels: labels); self.rt = rt
        baseU = .passUnretained(b)
        super.init(loc)
    }
    override func eval(_ f: Frame) throws -> Value {
        let b = try fastEval(baseU, f)
        if indices.exprs.count == 1, case .array(let a) = b {
            let index = try indices.exprs[0].eval(f)
            guard case .int(let i) = index else { return try subscriptGet(b, [index], labels: indices.labels, rt: rt, loc: loc) }
            guard i >= 0 && i < a.count else { throw LangError("index out of range: \(i) is not in 0..<\(a.count)", loc) }
            return a[i]
        }
        if indices.isPlainPair, case .host(let h) = b, let get = pairGetCache.entry(for: h, in: rt, { $0.pairSubscriptGet }) {
            let (i, j) = try indices.evaluatePair(f)
            return try callHost(loc) { try get(h, i, j) }
        }
        return try subscriptGet(b, try indices.evaluateAll(f), labels: indices.labels, rt: rt, loc: loc)
    }
}

/// `Character`'s classification properties, for the one character of `c`.
func characterProperty(_ c: Character, _ name: String) -> Value? {
    switch name {
    case "isLetter": return .bool(c.isLetter)
    case "isNumber": return .bool(c.isNumber)
    case "isUppercase": return .bool(c.isUppercase)
    case "isLowercase": return .bool(c.isLowercase)
    case "isWhitespace": return .bool(c.isWhitespace)
    case "isPunctuation": return .bool(c.isPunctuation)
    case "isASCII": return .bool(c.isASCII)
    case "asciiValue": return .optional(c.asciiValue.map { .int(Int($0)) })
    case "wholeNumberValue": return .optional(c.wholeNumberValue.map { .int($0) })
    default: return nil
    }
}
