/// Lowered expression: a tree of final classes evaluated by virtual `eval` ("closure compilation").
class Expr {
    let loc: Loc
    init(_ loc: Loc) { self.loc = loc; NodeArena.keep(self) }
    func eval(_ f: Frame) throws -> Value { .void }
    /// The value of an expression the lowerer typed as Int, unboxed: integer arithmetic nodes
    /// call this on their operands so a chain like `i * i % 7` never builds a `Value`.
    /// Variables, constants and integer arithmetic override it; the default unwraps `eval`.
    func evalInt(_ f: Frame) throws -> Int {
        let v = try eval(f)
        guard case .int(let x) = v else { throw LangError("expected a value of type Int, got \(v.typeName)", loc, .type) }
        return x
    }
}

enum Flow { case normal, brk(String?), cont(String?), ret }

class Stmt {
    init() { NodeArena.keep(self) }
    func exec(_ f: Frame) throws -> Flow { .normal }
}

/// Thrown inside an optional chain when a link is nil; caught by the chain's root.
struct NilInChain: Error {}

final class ConstExpr: Expr {
    let value: Value
    init(_ v: Value, _ loc: Loc) {
        value = v
        if case .int(let x) = v { intValue = x } else { intValue = nil }
        super.init(loc)
    }
    let intValue: Int?
    override func eval(_ f: Frame) throws -> Value { value }
    override func evalInt(_ f: Frame) throws -> Int {
        if let intValue { return intValue }
        return try super.evalInt(f)
    }
}

final class LocalGet: Expr {
    let slot: Int
    init(_ slot: Int, _ loc: Loc) { self.slot = slot; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value { f.slots[slot] }
    override func evalInt(_ f: Frame) throws -> Int {
        if case .int(let x) = f.slots[slot] { return x }
        return try super.evalInt(f)
    }
}

final class OuterGet: Expr {
    let hops: Int, slot: Int
    init(_ hops: Int, _ slot: Int, _ loc: Loc) { self.hops = hops; self.slot = slot; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value { f.ancestor(hops).slots[slot] }
    override func evalInt(_ f: Frame) throws -> Int {
        if case .int(let x) = f.ancestor(hops).slots[slot] { return x }
        return try super.evalInt(f)
    }
}

final class GlobalGet: Expr {
    unowned(unsafe) let frame: Frame
    let slot: Int
    let name: String
    init(_ frame: Frame, _ slot: Int, _ name: String, _ loc: Loc) { self.frame = frame; self.slot = slot; self.name = name; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        let v = frame.slots[slot]
        if case .void = v, name != "" {
            throw LangError("variable '\(name)' used before being initialized", loc, .runtime)
        }
        return v
    }
    override func evalInt(_ f: Frame) throws -> Int {
        if case .int(let x) = frame.slots[slot] { return x }
        return try super.evalInt(f)
    }
}

final class TupleExpr: Expr {
    let elements: [Expr], labels: [String?]
    init(_ e: [Expr], _ l: [String?], _ loc: Loc) { elements = e; labels = l; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        var out: [Value] = []
        out.reserveCapacity(elements.count)
        for e in elements { out.append(try e.eval(f)) }
        return .tuple(TupleValue(out, labels: labels))
    }
}

final class ArrayExpr: Expr {
    let elements: [Expr]
    init(_ e: [Expr], _ loc: Loc) { elements = e; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        var out: [Value] = []
        out.reserveCapacity(elements.count)
        for e in elements { out.append(try e.eval(f)) }
        return .array(out)
    }
}

final class DictExpr: Expr {
    let keys: [Expr], values: [Expr]
    init(_ k: [Expr], _ v: [Expr], _ loc: Loc) { keys = k; values = v; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        var d = OrderedDict()
        for i in 0..<keys.count {
            let k = try keys[i].eval(f)
            do { try d.set(k, try values[i].eval(f)) } catch let e as HostError { throw LangError(e.message, loc) }
        }
        return .dictionary(d)
    }
}

final class InterpolationExpr: Expr {
    let parts: [Expr]
    init(_ p: [Expr], _ loc: Loc) { parts = p; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        var s = ""
        for p in parts {
            let v = try p.eval(f)
            if case .string(let t) = v { s += t } else { s += v.description }
        }
        try SizeLimits.check(s.utf8.count, "a string", loc)
        return .string(s)
    }
}

final class ClosureExpr: Expr {
    let decl: FunctionDecl
    unowned(unsafe) let rt: Runtime
    init(_ d: FunctionDecl, rt: Runtime, _ loc: Loc) { decl = d; self.rt = rt; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        rt.capturedFrames.note(f)
        return .function(Closure(decl: decl, env: f))
    }
}

final class TernaryExpr: Expr {
    unowned(unsafe) let cond: Expr, a: Expr, b: Expr
    init(_ c: Expr, _ a: Expr, _ b: Expr, _ loc: Loc) { cond = c; self.a = a; self.b = b; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        if case .bool(true) = try cond.eval(f) { return try a.eval(f) }
        return try b.eval(f)
    }
}

final class ForceUnwrapExpr: Expr {
    unowned(unsafe) let base: Expr
    init(_ b: Expr, _ loc: Loc) { base = b; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        let v = try base.eval(f)
        if case .optional(let w) = v {
            guard let w else { throw LangError("unexpectedly found nil while unwrapping an Optional value", loc) }
            return w
        }
        return v
    }
}

/// `a?` inside a chain: yields the wrapped value or abandons the whole chain.
final class ChainLink: Expr {
    unowned(unsafe) let base: Expr
    init(_ b: Expr, _ loc: Loc) { base = b; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        let v = try base.eval(f)
        if case .optional(let w) = v {
            guard let w else { throw NilInChain() }
            return w
        }
        return v
    }
}

final class ChainRoot: Expr {
    unowned(unsafe) let body: Expr
    init(_ b: Expr, _ loc: Loc) { body = b; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        do {
            let v = try body.eval(f)
            if case .optional = v { return v }
            if case .void = v { return .optional(.void) }
            return .optional(v)
        } catch is NilInChain {
            return .optional(nil)
        }
    }
}

final class NilCoalesceExpr: Expr {
    unowned(unsafe) let lhs: Expr, rhs: Expr
    init(_ l: Expr, _ r: Expr, _ loc: Loc) { lhs = l; rhs = r; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        let v = try lhs.eval(f)
        if case .optional(let w) = v {
            if let w { return w }
            return try rhs.eval(f)
        }
        return v
    }
}

final class WrapOptional: Expr {
    unowned(unsafe) let base: Expr
    init(_ b: Expr) { base = b; super.init(b.loc) }
    override func eval(_ f: Frame) throws -> Value {
        let v = try base.eval(f)
        if case .optional = v { return v }
        return .optional(v)
    }
}

final class TypeCheckExpr: Expr {
    unowned(unsafe) let base: Expr
    let target: SType
    init(_ b: Expr, _ t: SType, _ loc: Loc) { base = b; target = t; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value { try checkType(try base.eval(f), target, loc) }
}

/// A number literal where a host type that literals can be is expected: a new host value each
/// time (a tensor is mutable, so one made at lowering could not be shared).
final class HostLiteralExpr: Expr {
    /// The literal, or literal arithmetic done in the host type's number type.
    unowned(unsafe) let literal: Expr
    let conversion: (Value) throws -> Value
    init(_ literal: Expr, _ conversion: @escaping (Value) throws -> Value) {
        self.literal = literal; self.conversion = conversion
        super.init(literal.loc)
    }
    override func eval(_ f: Frame) throws -> Value {
        let value = try literal.eval(f)
        do { return try conversion(value) } catch let e as LangError { throw e } catch {
            throw LangError(String(describing: error), loc)
        }
    }
}

/// A tuple stored where a labelled tuple type is written takes the type's labels.
final class RelabelTuple: Expr {
    unowned(unsafe) let base: Expr
    let labels: [String?]
    init(_ b: Expr, _ labels: [String?]) { base = b; self.labels = labels; super.init(b.loc) }
    override func eval(_ f: Frame) throws -> Value { try base.eval(f).relabelled(labels) }
}

extension Value {
    /// The tuple (or optional tuple) with `labels`, when its arity matches; anything else as is.
    func relabelled(_ labels: [String?]) -> Value {
        switch self {
        case .tuple(var t) where t.elements.count == labels.count:
            t.labels = labels
            return .tuple(t)
        case .optional(let w?):
            return .optional(w.relabelled(labels))
        default:
            return self
        }
    }
}
