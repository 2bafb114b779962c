/// An assignable place: variable, property or subscript. `modify` hands out the value in place
/// so arrays and structs inside variables are mutated without copying (Swift's COW).
class LValue {
    let loc: Loc
    init(_ loc: Loc) { self.loc = loc; NodeArena.keep(self) }
    func get(_ f: Frame) throws -> Value { .void }
    func modify(_ f: Frame, _ body: (inout Value) throws -> Void) throws {}
    func set(_ f: Frame, _ v: Value) throws { try modify(f) { $0 = v } }
}

final class VarLV: LValue {
    let hops: Int, slot: Int
    unowned(unsafe) let global: Frame?
    init(hops: Int, slot: Int, global: Frame?, _ loc: Loc) { self.hops = hops; self.slot = slot; self.global = global; super.init(loc) }
    @inline(__always) func frame(_ f: Frame) -> Frame { global ?? (hops == 0 ? f : f.ancestor(hops)) }
    override func get(_ f: Frame) throws -> Value {
        if let global { return global.slots[slot] }
        return hops == 0 ? f.slots[slot] : f.ancestor(hops).slots[slot]
    }
    override func modify(_ f: Frame, _ body: (inout Value) throws -> Void) throws {
        try body(&frame(f).slots[slot])
    }
    /// The variable's storage, for writes that need no closure (`a.append(x)` on a variable).
    @inline(__always) func pointer(_ f: Frame) -> UnsafeMutablePointer<Value> { frame(f).slots + slot }
    override func set(_ f: Frame, _ v: Value) throws { frame(f).slots[slot] = v }
}

/// `x!` as an assignment target.
final class UnwrapLV: LValue {
    unowned(unsafe) let base: LValue
    /// `a?.b = x`: a nil link abandons the assignment instead of failing.
    let inChain: Bool
    init(_ b: LValue, _ loc: Loc, inChain: Bool = false) { base = b; self.inChain = inChain; super.init(loc) }
    override func get(_ f: Frame) throws -> Value {
        let v = try base.get(f)
        if case .optional(let w) = v {
            guard let w else {
                if inChain { throw NilInChain() }
                throw LangError("unexpectedly found nil while unwrapping an Optional value", loc)
            }
            return w
        }
        return v
    }
    override func modify(_ f: Frame, _ body: (inout Value) throws -> Void) throws {
        let loc = self.loc
        try base.modify(f) { v in
            guard v.isOptional else { try body(&v); return }
            guard var w = v.takeWrapped() else {
                if self.inChain { throw NilInChain() }
                throw LangError("unexpectedly found nil while unwrapping an Optional value", loc)
            }
            defer { v = .optional(w) }
            try body(&w)
        }
    }
}

final class MemberLV: LValue {
    unowned(unsafe) let base: LValue
    let name: String
    unowned(unsafe) let rt: Runtime
    init(_ b: LValue, _ n: String, rt: Runtime, _ loc: Loc) { base = b; name = n; self.rt = rt; super.init(loc) }
    override func get(_ f: Frame) throws -> Value { try getMember(try base.get(f), name, rt: rt, loc: loc) }
    override func modify(_ f: Frame, _ body: (inout Value) throws -> Void) throws {
        try update(f, readsOld: true, body)
    }
    /// Plain assignment to a computed property calls its setter only, never its getter.
    override func set(_ f: Frame, _ v: Value) throws {
        try update(f, readsOld: false) { $0 = v }
    }
    private func update(_ f: Frame, readsOld: Bool, _ body: (inout Value) throws -> Void) throws {
        var b = try base.get(f)
        switch b {
        case .object(let o):
            if let i = o.type.fieldIndex[name] { try body(&o.fields[i]); return }
            var v = readsOld ? try getMember(b, name, rt: rt, loc: loc) : .void
            try body(&v)
            try setComputed(o.type, selfValue: b, v)
            return
        case .host(let h):
            var v = readsOld ? try getMember(b, name, rt: rt, loc: loc) : .void
            let before = v
            try body(&v)
            // An in-place host operator (`p.data -= g`) mutated the object the getter returned:
            // nothing to write back, so a get-only property is fine, as in Swift with a
            // non-inout compound operator on a class.
            if case .host(let old) = before, case .host(let new) = v, old === new { return }
            guard let t = rt.library.hostType(of: h), let setter = t.setters[name] else {
                throw LangError("cannot assign to property: '\(name)' is a get-only property", loc, .type)
            }
            try callHost(loc) { try setter(h, v) }
            return
        default: break
        }
        let name = self.name, loc = self.loc, rt = self.rt
        b = .void
        // `if`, not `switch`: a switch holds a copy of `container` to its end (see ValueMoves.swift).
        try base.modify(f) { container in
            if var moved = container.takeStruct() {
                if let i = moved.type.fieldIndex[name] {
                    defer { container = .structValue(moved) }
                    try body(&moved.fields[i])
                    return
                }
                container = .structValue(moved)
                guard let setter = moved.type.setters[name] else {
                    throw LangError("cannot assign to property: '\(name)' is a get-only property", loc, .type)
                }
                var v = readsOld ? try getMember(container, name, rt: rt, loc: loc) : .void
                try body(&v)
                var newSelf: Value = .void
                _ = try setter.invoke(env: moved.type.globalFrame, selfValue: container, args: [v], loc: loc) { newSelf = $0.slots[0] }
                container = newSelf
            } else if var moved = container.takeTuple() {
                defer { container = .tuple(moved) }
                guard let i = tupleIndex(moved, name) else { throw LangError("value of tuple type has no member '\(name)'", loc, .name) }
                try body(&moved.elements[i])
            } else if container.isNil {
                throw LangError("unexpectedly found nil while unwrapping an Optional value", loc)
            } else {
                throw LangError("cannot assign to property '\(name)' of a value of type '\(container.typeName)'", loc, .type)
            }
        }
    }
    /// Runs a class's computed setter. It is handed the instance, never its fields: the setter
    /// itself writes them (an open access to the fields here would overlap its writes).
    func setComputed(_ t: NominalType, selfValue: Value, _ v: Value) throws {
        guard let setter = t.setters[name] else {
            throw LangError("cannot assign to property: '\(name)' is a get-only property", loc, .type)
        }
        _ = try setter.invoke(env: t.globalFrame, selfValue: selfValue, args: [v], loc: loc)
    }
}

func tupleIndex(_ t: TupleValue, _ name: String) -> Int? {
    if let i = Int(name), i >= 0, i < t.elements.count { return i }
    return t.labels.firstIndex(of: name)
}

final class SubscriptLV: LValue {
    unowned(unsafe) let base: LValue
    let indices: SubscriptIndices
    unowned(unsafe) let rt: Runtime
    var pairSetCache = HostSiteCache<(AnyObject, Value, Value, Value) throws -> Void>()
    /// Unretained link for the hot path (the arena owns the nodes).
    let baseU: Unmanaged<LValue>
    init(_ b: LValue, _ i: [Expr], labels: [String?], rt: Runtime, _ loc: Loc) {
        base = b; indices = SubscriptIndices(i, labels: labels); self.rt = rt
        baseU = .passUnretained(b)
        super.init(loc)
    }
    override func get(_ f: Frame) throws -> Value {
        try subscriptGet(try base.get(f), try indices.evaluateAll(f), labels: indices.labels, rt: rt, loc: loc)
    }
    /// Plain assignment to a host subscript calls its setter directly: reading the old value
    /// first, as `modify` must, would cost a whole slice copy for nothing.
    override func set(_ f: Frame, _ v: Value) throws {
        if indices.isPlainPair {
            let (i, j) = try indices.evaluatePair(f)
            return try setPair(f, i, j, v)
        }
        try set(f, evaluated: try indices.evaluateAll(f), v)
    }
    /// `a[i] = value`: the indices are evaluated before the value, as Swift does (it shows when
    /// the value's calls change `i`).
    func assign(_ f: Frame, from value: Unmanaged<Expr>) throws {
        if indices.isPlainPair {
            let (i, j) = try indices.evaluatePair(f)
            return try setPair(f, i, j, try fastEval(value, f))
        }
        let idx = try indices.evaluateAll(f)
        try set(f, evaluated: idx, try fastEval(value, f))
    }
    @inline(__always)
    private func setPair(_ f: Frame, _ i: Value, _ j: Value, _ v: Value) throws {
        if case .host(let h) = try fastGet(baseU, f), let set = pairSetCache.entry(for: h, in: rt, { $0.pairSubscriptSet }) {
            return try callHost(loc) { try set(h, i, j, v) }
        }
        try set(f, evaluated: [i, j], v)
    }
    private func set(_ f: Frame, evaluated idx: [Value], _ v: Value) throws {
        // Only the host object is kept: holding the container's value across `modify` would make
        // its storage shared, so every write to an array or dictionary would copy all of it.
        var host: AnyObject?
        if case .host(let h) = try base.get(f) { host = h }
        guard let h = host else { return try modify(f, evaluated: idx) { $0 = v } }
        guard let t = rt.library.hostType(of: h), let set = t.subscriptSet else {
            throw LangError("cannot assign through subscript: '\(Value.host(h).typeName)' subscript is get-only", loc, .type)
        }
        try callHost(loc) { try set(h, idx, v) }
    }
    override func modify(_ f: Frame, _ body: (inout Value) throws -> Void) throws {
        try modify(f, evaluated: try indices.evaluateAll(f), body)
    }
    private func modify(_ f: Frame, evaluated idx: [Value], _ body: (inout Value) throws -> Void) throws {
        let loc = self.loc, rt = self.rt, labels = indices.labels
        var host: AnyObject?
        if case .host(let h) = try base.get(f) { host = h }
        if let h = host {
            var v = try subscriptGet(.host(h), idx, labels: labels, rt: rt, loc: loc)
            try body(&v)
            guard let t = rt.library.hostType(of: h), let set = t.subscriptSet else {
                throw LangError("cannot assign through subscript: '\(Value.host(h).typeName)' subscript is get-only", loc, .type)
            }
            try callHost(loc) { try set(h, idx, v) }
            return
        }
        // `if`, not `switch`: a switch holds a copy of `container` to its end (see ValueMoves.swift).
        try base.modify(f) { container in
            if var moved = container.takeArray() {
                defer { container = .array(moved) }
                guard idx.count == 1, case .int(let i) = idx[0] else {
                    throw LangError("array subscript needs one Int index", loc, .type)
                }
                guard i >= 0 && i < moved.count else { throw LangError("index out of range: \(i) is not in 0..<\(moved.count)", loc) }
                try body(&moved[i])
            } else if var d = container.takeDictionary() {
                defer { container = .dictionary(d) }
                guard idx.count >= 1 else { throw LangError("dictionary subscript needs a key", loc, .type) }
                let withDefault = labels.count == 2 && labels[1] == "default", key = idx[0]
                var v: Value, found = false
                if let moved = d.takeValue(key) {
                    found = true
                    v = withDefault ? moved : .optional(moved)
                } else {
                    v = withDefault ? idx[1] : .optional(nil)
                }
                func writeBack() throws {
                    if !withDefault, case .optional(let w) = v { try setDict(&d, key, w, loc) } else { try setDict(&d, key, v, loc) }
                }
                do { try body(&v) } catch {
                    if found { try writeBack() }
                    throw error
                }
                try writeBack()
            } else {
                throw LangError("value of type '\(container.typeName)' has no settable subscript", loc, .type)
            }
        }
    }
}

func setDict(_ d: inout OrderedDict, _ k: Value, _ v: Value?, _ loc: Loc) throws {
    do { try d.set(k, v) } catch let e as HostError { throw LangError(e.message, loc, .type) }
}

/// Runs host code, turning any thrown error into a diagnostic at `loc`. A diagnostic raised
/// without a place of its own (by a builtin) gets this one.
@inline(__always)
func callHost<T>(_ loc: Loc, _ body: () throws -> T) throws -> T {
    do { return try body() } catch var e as LangError {
        if e.loc.line == 0 { e.loc = loc }
        throw e
    } catch is NilInChain { throw NilInChain() } catch {
        throw LangError(String(describing: error), loc)
    }
}

final class AssignExpr: Expr {
    unowned(unsafe) let target: LValue, value: Expr
    let targetU: Unmanaged<LValue>, valueU: Unmanaged<Expr>
    /// The target when it is a subscript, whose indices come before the value.
    unowned(unsafe) let subscriptTarget: SubscriptLV?
    init(_ t: LValue, _ v: Expr, _ loc: Loc) {
        target = t; value = v
        targetU = .passUnretained(t); valueU = .passUnretained(v)
        subscriptTarget = t as? SubscriptLV
        super.init(loc)
    }
    override func eval(_ f: Frame) throws -> Value {
        if let subscriptTarget {
            try subscriptTarget.assign(f, from: valueU)
            return .void
        }
        let v = try fastEval(valueU, f)
        try targetU._withUnsafeGuaranteedRef { try $0.set(f, v) }
        return .void
    }
}

final class TupleAssignExpr: Expr {
    let targets: [LValue?]
    unowned(unsafe) let value: Expr
    init(_ t: [LValue?], _ v: Expr, _ loc: Loc) { targets = t; value = v; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        guard case .tuple(let t) = try value.eval(f), t.elements.count == targets.count else {
            throw LangError("tuple assignment needs a tuple of \(targets.count) elements", loc, .type)
        }
        for (i, lv) in targets.enumerated() { try lv?.set(f, t.elements[i]) }
        return .void
    }
}

final class CompoundAssignExpr: Expr {
    unowned(unsafe) let target: LValue
    let op: BinOp
    unowned(unsafe) let value: Expr
    let rhsLiteral: Bool
    unowned(unsafe) let rt: Runtime
    init(_ t: LValue, _ op: BinOp, _ v: Expr, rhsLiteral: Bool, rt: Runtime, _ loc: Loc) {
        target = t; self.op = op; value = v; self.rhsLiteral = rhsLiteral; self.rt = rt; super.init(loc)
    }
    /// Set when the target is a `let`: only a host object whose operator updates it in place
    /// may then be the left side; anything else is this error.
    var constantError: LangError?
    override func eval(_ f: Frame) throws -> Value { try apply(f, try value.eval(f)) }
    func apply(_ f: Frame, _ r: Value) throws -> Value {
        let op = self.op, loc = self.loc, rt = self.rt, lit = rhsLiteral
        if let constantError {
            guard case .host(let h) = try target.get(f), let t = rt.library.hostType(of: h),
                  let body = t.compoundAssignments[op.rawValue + "="] else { throw constantError }
            try callHost(loc) { try body(h, r) }
            return .void
        }
        // `if`, not `switch`: a switch holds a copy of `v` to its end (see ValueMoves.swift).
        try target.modify(f) { v in
            if case .int(let x) = v, case .int(let y) = r { v = try intOp(op, x, y, loc); return }
            if op == .add, case .string(let t) = r, var s = v.takeString() {
                defer { v = .string(s) }
                try SizeLimits.check(SizeLimits.sum(s.utf8.count, t.utf8.count), "a string", loc)
                s += t
                return
            }
            if op == .add, case .array(let b) = r, var a = v.takeArray() {
                defer { v = .array(a) }
                try SizeLimits.check(SizeLimits.sum(a.count, b.count), "an array", loc)
                a += b
                return
            }
            if case .host(let h) = v, let t = rt.library.hostType(of: h), let body = t.compoundAssignments[op.rawValue + "="] {
                try callHost(loc) { try body(h, r) }
                return
            }
            v = try applyBinary(op, v, r, lhsLiteral: false, rhsLiteral: lit, rt: rt, loc)
        }
        return .void
    }
}

/// `x += int` on a plain variable holding an Int: the hot loop case, no closures involved.
final class VarIntCompound: Expr {
    unowned(unsafe) let place: VarLV
    let op: BinOp
    unowned(unsafe) let value: Expr
    unowned(unsafe) let slow: CompoundAssignExpr
    let globalSlot: UnsafeMutablePointer<Value>?
    init(place: VarLV, op: BinOp, value: Expr, slow: CompoundAssignExpr, _ loc: Loc) {
        self.place = place; self.op = op; self.value = value; self.slow = slow
        globalSlot = place.global.map { $0.slots + place.slot }
        valueU = .passUnretained(value)
        hops = place.hops; slot = place.slot
        super.init(loc)
    }
    let valueU: Unmanaged<Expr>
    let hops: Int, slot: Int
    /// The right side was typed Int by the lowerer, so it can be read unboxed.
    var valueIsInt = false
    override func eval(_ f: Frame) throws -> Value {
        let r: Value = valueIsInt ? .int(try valueU._withUnsafeGuaranteedRef { try $0.evalInt(f) }) : try fastEval(valueU, f)
        let ptr = globalSlot ?? (hops == 0 ? f.slots + slot : f.ancestor(hops).slots + slot)
        if case .int(let x) = ptr.pointee, case .int(let y) = r {
            // An Int holds no reference: the slot can be overwritten without destroying it first.
            ptr.initialize(to: try intOp(op, x, y, loc))
            return .void
        }
        return try slow.apply(f, r)
    }
}

final class InoutArg: Expr {
    unowned(unsafe) let target: LValue
    init(_ t: LValue, _ loc: Loc) { target = t; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value { try target.get(f) }
}
