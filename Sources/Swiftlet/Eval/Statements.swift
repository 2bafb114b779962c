final class BlockStmt: Stmt {
    let stmts: [Stmt]
    init(_ s: [Stmt]) { stmts = s }
    override func exec(_ f: Frame) throws -> Flow {
        for s in stmts {
            let r = try s.exec(f)
            if case .normal = r { continue }
            return r
        }
        return .normal
    }
}

final class ExprStmt: Stmt {
    unowned(unsafe) let expr: Expr
    let exprU: Unmanaged<Expr>
    init(_ e: Expr) { expr = e; exprU = .passUnretained(e) }
    override func exec(_ f: Frame) throws -> Flow { _ = try fastEval(exprU, f); return .normal }
}

/// Binding patterns: `x`, `(a, b)`, `_`.
indirect enum Pattern {
    case slot(Int, SType)
    case tuple([Pattern])
    case ignore
    func bind(_ v: Value, _ f: Frame, _ loc: Loc) throws {
        switch self {
        case .slot(let s, let t):
            // `let r = a.sort()` holds `()`; a slot holding `.void` reads as never initialised.
            if case .void = v { f.slots[s] = .tuple(TupleValue([])); return }
            f.slots[s] = try checkType(v, t, loc)
        case .ignore: break
        case .tuple(let ps):
            guard case .tuple(let t) = v, t.elements.count == ps.count else {
                throw LangError("cannot destructure a value of type '\(v.typeName)' into \(ps.count) elements", loc, .type)
            }
            for (i, p) in ps.enumerated() { try p.bind(t.elements[i], f, loc) }
        }
    }
}

final class VarDeclStmt: Stmt {
    let pattern: Pattern
    unowned(unsafe) let value: Expr
    let loc: Loc
    init(_ p: Pattern, _ v: Expr, _ loc: Loc) { pattern = p; value = v; self.loc = loc }
    override func exec(_ f: Frame) throws -> Flow {
        try pattern.bind(try value.eval(f), f, loc)
        return .normal
    }
}

/// One element of an `if`/`guard`/`while` condition list.
enum Condition {
    case bool(Expr)
    case bindOptional(Pattern, Expr)

    @inline(__always)
    func test(_ f: Frame) throws -> Bool {
        switch self {
        case .bool(let e):
            let v = try e.eval(f)
            guard case .bool(let b) = v else { throw LangError("condition must be a Bool, got '\(v.typeName)'", e.loc, .type) }
            return b
        case .bindOptional(let p, let e):
            let v = try e.eval(f)
            if case .optional(let w) = v {
                guard let w else { return false }
                try p.bind(w, f, e.loc)
                return true
            }
            try p.bind(v, f, e.loc)
            return true
        }
    }
}

@inline(__always)
func testAll(_ conds: [Condition], _ f: Frame) throws -> Bool {
    for c in conds where !(try c.test(f)) { return false }
    return true
}

final class IfStmt: Stmt {
    let conds: [Condition]
    unowned(unsafe) let then: Stmt
    unowned(unsafe) let els: Stmt?
    init(_ c: [Condition], _ t: Stmt, _ e: Stmt?) { conds = c; then = t; els = e }
    override func exec(_ f: Frame) throws -> Flow {
        if try testAll(conds, f) { return try then.exec(f) }
        return try els?.exec(f) ?? .normal
    }
}

final class GuardStmt: Stmt {
    let conds: [Condition]
    unowned(unsafe) let els: Stmt
    init(_ c: [Condition], _ e: Stmt) { conds = c; els = e }
    override func exec(_ f: Frame) throws -> Flow {
        if try testAll(conds, f) { return .normal }
        return try els.exec(f)
    }
}

/// Decides what a loop does with its body's flow. Returns nil to keep looping.
@inline(__always)
func loopExit(_ r: Flow, _ label: String?) -> Flow? {
    switch r {
    case .normal: return nil
    case .brk(let l): return l == nil || l == label ? .normal : r
    case .cont(let l): return l == nil || l == label ? nil : r
    case .ret: return r
    }
}

final class WhileStmt: Stmt {
    let conds: [Condition]
    unowned(unsafe) let body: Stmt
    let label: String?
    let loc: Loc
    unowned(unsafe) let rt: Runtime
    /// When set, conditions and body run in a fresh frame of this size each iteration.
    let scopeSize: Int?
    init(_ c: [Condition], _ b: Stmt, label: String?, rt: Runtime, _ loc: Loc, scopeSize: Int? = nil) {
        conds = c; body = b; self.label = label; self.rt = rt; self.loc = loc; self.scopeSize = scopeSize
    }
    override func exec(_ f: Frame) throws -> Flow {
        guard let size = scopeSize else {
            while try testAll(conds, f) {
                try rt.tick(loc)
                if let r = loopExit(try body.exec(f), label) { return r }
            }
            return .normal
        }
        while true {
            var iteration = Frame(size: size, parent: f)
            defer { if iteration.isCaptured { rt.capturedFrames.release(&iteration) } }
            guard try testAll(conds, iteration) else { return .normal }
            try rt.tick(loc)
            let r = try body.exec(iteration)
            if case .ret = r { f.returnValue = iteration.returnValue }
            if let r = loopExit(r, label) { return r }
        }
    }
}

final class RepeatStmt: Stmt {
    let cond: Condition
    unowned(unsafe) let body: Stmt
    let label: String?
    let loc: Loc
    unowned(unsafe) let rt: Runtime
    /// When set, the body runs in a fresh frame of this size each iteration.
    let scopeSize: Int?
    init(_ c: Condition, _ b: Stmt, label: String?, rt: Runtime, _ loc: Loc, scopeSize: Int? = nil) {
        cond = c; body = b; self.label = label; self.rt = rt; self.loc = loc; self.scopeSize = scopeSize
    }
    override func exec(_ f: Frame) throws -> Flow {
        repeat {
            try rt.tick(loc)
            guard let size = scopeSize else {
                if let r = loopExit(try body.exec(f), label) { return r }
                continue
            }
            var frame = Frame(size: size, parent: f)
            defer { if frame.isCaptured { rt.capturedFrames.release(&frame) } }
            let r = try body.exec(frame)
            if case .ret = r { f.returnValue = frame.returnValue }
            if let r = loopExit(r, label) { return r }
        } while try cond.test(f)
        return .normal
    }
}

/// `for i in a..<b` / `a...b` with a plain variable: no sequence is materialised.
final class ForRangeStmt: Stmt {
    let slot: Int
    unowned(unsafe) let range: Expr
    unowned(unsafe) let whereCond: Expr?
    unowned(unsafe) let body: Stmt
    let label: String?
    let loc: Loc
    unowned(unsafe) let rt: Runtime
    init(slot: Int, range: Expr, whereCond: Expr?, body: Stmt, label: String?, rt: Runtime, _ loc: Loc) {
        self.slot = slot; self.range = range; self.whereCond = whereCond; self.body = body; self.label = label; self.rt = rt; self.loc = loc
        bodyU = .passUnretained(body)
        whereU = whereCond.map { .passUnretained($0) }
        rtU = .passUnretained(rt)
    }
    let bodyU: Unmanaged<Stmt>
    let whereU: Unmanaged<Expr>?
    let rtU: Unmanaged<Runtime>
    override func exec(_ f: Frame) throws -> Flow {
        let rv = try range.eval(f)
        guard case .range(let r) = rv else { return try ForInStmt.run(rv, .slot(slot, .unknown), whereCond, body, label, rt, loc, f) }
        guard let lo = r.lower, let up = r.upper else { throw LangError("cannot iterate over a partial range", loc, .type) }
        if r.closed ? up < lo : up <= lo { return .normal }
        var i = lo
        let counter = f.slots + slot
        while true {
            // An Int holds no reference: after the first pass the slot is overwritten in place.
            if case .int = counter.pointee { counter.initialize(to: .int(i)) } else { counter.pointee = .int(i) }
            try rtU._withUnsafeGuaranteedRef { try $0.tick(loc) }
            var skip = false
            if let w = whereU, case .bool(false) = try fastEval(w, f) { skip = true }
            if !skip, let r = loopExit(try fastExec(bodyU, f), label) { return r }
            if r.closed ? i == up : i == up - 1 { break }
            i += 1
        }
        return .normal
    }
}

final class ForInStmt: Stmt {
    let pattern: Pattern
    unowned(unsafe) let seq: Expr
    unowned(unsafe) let whereCond: Expr?
    unowned(unsafe) let body: Stmt
    let label: String?
    let loc: Loc
    unowned(unsafe) let rt: Runtime
    /// When set, each iteration runs in a fresh frame of this size (closures capture per iteration).
    let scopeSize: Int?
    init(pattern: Pattern, seq: Expr, whereCond: Expr?, body: Stmt, label: String?, rt: Runtime, _ loc: Loc, scopeSize: Int? = nil) {
        self.pattern = pattern; self.seq = seq; self.whereCond = whereCond; self.body = body; self.label = label; self.rt = rt; self.loc = loc
        self.scopeSize = scopeSize
    }
    override func exec(_ f: Frame) throws -> Flow {
        guard let size = scopeSize else { return try ForInStmt.run(try seq.eval(f), pattern, whereCond, body, label, rt, loc, f) }
        var flow = Flow.normal
        try forEachElement(of: try seq.eval(f), loc) { e in
            try rt.tick(loc)
            var iter = Frame(size: size, parent: f)
            defer { if iter.isCaptured { rt.capturedFrames.release(&iter) } }
            try pattern.bind(e, iter, loc)
            if let w = whereCond, case .bool(false) = try w.eval(iter) { return true }
            let r = try body.exec(iter)
            if case .ret = r { f.returnValue = iter.returnValue }
            if let r = loopExit(r, label) { flow = r; return false }
            return true
        }
        return flow
    }
    static func run(_ s: Value, _ pattern: Pattern, _ whereCond: Expr?, _ body: Stmt, _ label: String?, _ rt: Runtime, _ loc: Loc, _ f: Frame) throws -> Flow {
        var flow = Flow.normal
        try forEachElement(of: s, loc) { e in
            try rt.tick(loc)
            try pattern.bind(e, f, loc)
            if let w = whereCond, case .bool(false) = try w.eval(f) { return true }
            if let r = loopExit(try body.exec(f), label) { flow = r; return false }
            return true
        }
        return flow
    }
}

final class BreakStmt: Stmt {
    let label: String?
    init(_ l: String?) { label = l }
    override func exec(_ f: Frame) throws -> Flow { .brk(label) }
}

final class ContinueStmt: Stmt {
    let label: String?
    init(_ l: String?) { label = l }
    override func exec(_ f: Frame) throws -> Flow { .cont(label) }
}

final class ReturnStmt: Stmt {
    unowned(unsafe) let value: Expr?
    init(_ v: Expr?) { value = v }
    override func exec(_ f: Frame) throws -> Flow {
        f.returnValue = try value?.eval(f) ?? .void
        return .ret
    }
}

/// Switch case patterns: value (`1`, `"a"`, `0..<5` via ~=), binding, tuple, wildcard.
indirect enum CasePattern {
    case value(Expr)
    case bind(Pattern)
    case tuple([CasePattern])
    case wildcard
    /// `x?`: a value that is not nil, matched by what it wraps.
    case some(CasePattern)
    /// `..<18.5`, `18.5..<25`, `30...` over a Double or Float.
    case floatingRange(lower: Expr?, upper: Expr?, closed: Bool)
    /// `"a"..."z"` over a Character or String.
    case stringRange(lower: Expr?, upper: Expr?, closed: Bool)

    func matches(_ v: Value, _ f: Frame) throws -> Bool {
        switch self {
        case .wildcard: return true
        case .bind(let p): try p.bind(v, f, .none); return true
        case .value(let e):
            let p = try e.eval(f)
            if case .range(let r) = p, case .int(let x) = v { return r.contains(x) }
            if case .range(let r) = p, case .double(let x) = v, let l = r.lower, let u = r.upper {
                return x >= Double(l) && (r.closed ? x <= Double(u) : x < Double(u))
            }
            return valuesEqual(p, v) ?? false
        case .tuple(let ps):
            guard case .tuple(let t) = v, t.elements.count == ps.count else { return false }
            for (i, p) in ps.enumerated() where !(try p.matches(t.elements[i], f)) { return false }
            return true
        case .some(let inner):
            guard case .optional(let w?) = v else { return false }
            return try inner.matches(w, f)
        case .stringRange(let lower, let upper, let closed):
            guard case .string(let x) = v else { return false }
            if let lower, x < (try lower.eval(f).asString()) { return false }
            if let upper {
                let u = try upper.eval(f).asString()
                if closed ? x > u : x >= u { return false }
            }
            return true
        case .floatingRange(let lower, let upper, let closed):
            let x: Double
            switch v {
            case .double(let d): x = d
            case .float(let d): x = Double(d)
            default: return false
            }
            if let lower, x < (try lower.eval(f).asDouble()) { return false }
            if let upper {
                let u = try upper.eval(f).asDouble()
                if closed ? x > u : x >= u { return false }
            }
            return true
        }
    }
}

final class SwitchStmt: Stmt {
    struct Case { var patterns: [CasePattern]; var guardExpr: Expr?; var body: Stmt }
    unowned(unsafe) let subject: Expr
    let cases: [Case]
    let label: String?
    let loc: Loc
    init(_ s: Expr, _ c: [Case], label: String?, _ loc: Loc) { subject = s; cases = c; self.label = label; self.loc = loc }
    override func exec(_ f: Frame) throws -> Flow {
        let v = try subject.eval(f)
        var i = 0
        while i < cases.count {
            let c = cases[i]
            var hit = false
            for p in c.patterns where try p.matches(v, f) {
                if let g = c.guardExpr, case .bool(false) = try g.eval(f) { continue }
                hit = true; break
            }
            if hit {
                var k = i
                while true {
                    let r = try cases[k].body.exec(f)
                    if case .cont("#fallthrough") = r, k + 1 < cases.count { k += 1; continue }
                    if case .brk(let l) = r, l == nil || l == label { return .normal }
                    return r
                }
            }
            i += 1
        }
        throw LangError("switch has no case matching \(v.debugDescription)", loc)
    }
}

/// Creates the closure of a local or global `func` when its scope is entered.
final class FuncDeclStmt: Stmt {
    let slot: Int, decl: FunctionDecl
    unowned(unsafe) let rt: Runtime
    init(_ s: Int, _ d: FunctionDecl, rt: Runtime) { slot = s; decl = d; self.rt = rt }
    override func exec(_ f: Frame) throws -> Flow {
        rt.capturedFrames.note(f)
        f.slots[slot] = .function(Closure(decl: decl, env: f))
        return .normal
    }
}
