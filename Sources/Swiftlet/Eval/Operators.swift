import Foundation

enum BinOp: String {
    case add = "+", sub = "-", mul = "*", div = "/", rem = "%"
    case lt = "<", le = "<=", gt = ">", ge = ">=", eq = "==", ne = "!="
    case bitAnd = "&", bitOr = "|", bitXor = "^", shl = "<<", shr = ">>"
    case wrapAdd = "&+", wrapSub = "&-", wrapMul = "&*", maskShl = "&<<", maskShr = "&>>"
    case halfOpen = "..<", closed = "..."
    case ident = "===", notIdent = "!=="
    /// Pointwise comparisons: only host types (tensors) define them.
    case pointEq = ".==", pointNe = ".!=", pointLt = ".<", pointLe = ".<=", pointGt = ".>", pointGe = ".>="
}

/// Binary operator on two evaluated operands. `lhsLiteral`/`rhsLiteral` mark number literals
/// whose type Swift would infer from the other side (`x * 2` with x: Double, `f * 0.5` with f: Float).
final class BinaryExpr: Expr {
    let op: BinOp
    unowned(unsafe) let lhs: Expr
    unowned(unsafe) let rhs: Expr
    let lhsLiteral: Bool, rhsLiteral: Bool
    unowned(unsafe) let rt: Runtime
    init(_ op: BinOp, _ l: Expr, _ r: Expr, lhsLiteral: Bool, rhsLiteral: Bool, rt: Runtime, _ loc: Loc) {
        self.op = op; lhs = l; rhs = r; self.lhsLiteral = lhsLiteral; self.rhsLiteral = rhsLiteral; self.rt = rt
        lhsU = .passUnretained(l); rhsU = .passUnretained(r)
        super.init(loc)
    }
    let lhsU: Unmanaged<Expr>, rhsU: Unmanaged<Expr>
    /// The host operator last used here, keyed by the class of the operand that chose it.
    var hostOperatorCache = HostSiteCache<(Value, Value) throws -> Value>()
    override func eval(_ f: Frame) throws -> Value {
        try combine(try fastEval(lhsU, f), try fastEval(rhsU, f))
    }

    /// The operator applied to two evaluated operands.
    @inline(__always)
    func combine(_ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b { return try intOp(op, x, y, loc) }
        // As in applyBinary: a host left operand chooses the operator, else a host right one.
        let hostOperand: AnyObject?
        if case .host(let h) = a { hostOperand = h } else if case .host(let h) = b { hostOperand = h } else { hostOperand = nil }
        if let h = hostOperand, let body = hostOperatorCache.entry(for: h, in: rt, { [op] in $0.binaryOperators[op.rawValue] }) {
            return try callHost(loc) { try body(a, b) }
        }
        return try applyBinary(op, a, b, lhsLiteral: lhsLiteral, rhsLiteral: rhsLiteral, rt: rt, loc)
    }
}

/// `7 / 2 * X`, `X * (1 / 2)`: integer-literal arithmetic beside an operand whose type only the
/// run time knows. Swift gives the literal the other operand's type, so beside a tensor or a
/// floating value it divides as floating point (3.5), beside an Int as Int (3).
final class LiteralInContextExpr: Expr {
    let operation: BinaryExpr
    unowned(unsafe) let other: Expr, intForm: Expr, floatingForm: Expr
    let literalOnLeft: Bool
    init(_ operation: BinaryExpr, other: Expr, intForm: Expr, floatingForm: Expr, literalOnLeft: Bool) {
        self.operation = operation; self.other = other; self.intForm = intForm; self.floatingForm = floatingForm
        self.literalOnLeft = literalOnLeft
        super.init(operation.loc)
    }
    override func eval(_ f: Frame) throws -> Value {
        // The literal has no side effects, so evaluating the other operand first changes nothing.
        let o = try other.eval(f)
        var isInt = false
        if case .int = o { isInt = true }
        let literal = try (isInt ? intForm : floatingForm).eval(f)
        return try literalOnLeft ? operation.combine(literal, o) : operation.combine(o, literal)
    }
}

@inline(__always)
func intOp(_ op: BinOp, _ x: Int, _ y: Int, _ loc: Loc) throws -> Value {
    switch op {
    case .add:
        let (r, o) = x.addingReportingOverflow(y)
        if o { throw overflow("+", x, y, loc) }
        return .int(r)
    case .sub:
        let (r, o) = x.subtractingReportingOverflow(y)
        if o { throw overflow("-", x, y, loc) }
        return .int(r)
    case .mul:
        let (r, o) = x.multipliedReportingOverflow(by: y)
        if o { throw overflow("*", x, y, loc) }
        return .int(r)
    case .div:
        if y == 0 { throw LangError("division by zero", loc) }
        if y == -1 && x == .min { throw overflow("/", x, y, loc) }
        return .int(x / y)
    case .rem:
        if y == 0 { throw LangError("division by zero in remainder operation", loc) }
        // Swift traps on `Int.min % -1` (the quotient overflows), as it does for `/`.
        if y == -1 { if x == .min { throw overflow("%", x, y, loc) }; return .int(0) }
        return .int(x % y)
    case .lt: return .bool(x < y)
    case .le: return .bool(x <= y)
    case .gt: return .bool(x > y)
    case .ge: return .bool(x >= y)
    case .eq: return .bool(x == y)
    case .ne: return .bool(x != y)
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    case .shl: return .int(x << y)
    case .shr: return .int(x >> y)
    case .wrapAdd: return .int(x &+ y)
    case .wrapSub: return .int(x &- y)
    case .wrapMul: return .int(x &* y)
    case .maskShl: return .int(x &<< y)
    case .maskShr: return .int(x &>> y)
    case .halfOpen:
        if y < x { throw LangError("Range requires lowerBound <= upperBound", loc) }
        return .range(RangeValue(lower: x, upper: y, closed: false))
    case .closed:
        if y < x { throw LangError("Range requires lowerBound <= upperBound", loc) }
        return .range(RangeValue(lower: x, upper: y, closed: true))
    case .ident, .notIdent: throw LangError("operator '\(op.rawValue)' needs class instances", loc, .type)
    case .pointEq, .pointNe, .pointLt, .pointLe, .pointGt, .pointGe:
        throw LangError("binary operator '\(op.rawValue)' cannot be applied to two 'Int' operands", loc, .type)
    }
}

func overflow(_ op: String, _ x: Int, _ y: Int, _ loc: Loc) -> LangError {
    LangError("arithmetic overflow: \(x) \(op) \(y) does not fit in Int", loc)
}

func floatingOp<T: BinaryFloatingPoint>(_ op: BinOp, _ x: T, _ y: T, _ wrap: (T) -> Value, _ loc: Loc) throws -> Value {
    switch op {
    case .add: return wrap(x + y)
    case .sub: return wrap(x - y)
    case .mul: return wrap(x * y)
    case .div: return wrap(x / y)
    case .lt: return .bool(x < y)
    case .le: return .bool(x <= y)
    case .gt: return .bool(x > y)
    case .ge: return .bool(x >= y)
    case .eq: return .bool(x == y)
    case .ne: return .bool(x != y)
    case .rem: throw LangError("'%' is unavailable for floating point: use truncatingRemainder(dividingBy:)", loc, .type)
    default: throw LangError("binary operator '\(op.rawValue)' cannot be applied to floating-point operands", loc, .type)
    }
}

func applyBinary(_ op: BinOp, _ a: Value, _ b: Value, lhsLiteral: Bool, rhsLiteral: Bool, rt: Runtime, _ loc: Loc) throws -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)): return try intOp(op, x, y, loc)
    case (.double(let x), .double(let y)): return try floatingOp(op, x, y, { .double($0) }, loc)
    case (.float(let x), .float(let y)): return try floatingOp(op, x, y, { .float($0) }, loc)
    case (.double(let x), .int(let y)) where rhsLiteral: return try floatingOp(op, x, Double(y), { .double($0) }, loc)
    case (.int(let x), .double(let y)) where lhsLiteral: return try floatingOp(op, Double(x), y, { .double($0) }, loc)
    case (.float(let x), .int(let y)) where rhsLiteral: return try floatingOp(op, x, Float(y), { .float($0) }, loc)
    case (.int(let x), .float(let y)) where lhsLiteral: return try floatingOp(op, Float(x), y, { .float($0) }, loc)
    // A floating literal beside a Float is a Float (`loss.item() * 1.5`, `floats.map { $0 * 0.1 }`).
    case (.float(let x), .double(let y)) where rhsLiteral: return try floatingOp(op, x, Float(y), { .float($0) }, loc)
    case (.double(let x), .float(let y)) where lhsLiteral: return try floatingOp(op, Float(x), y, { .float($0) }, loc)
    case (.string(let x), .string(let y)):
        switch op {
        case .add:
            try SizeLimits.check(SizeLimits.sum(x.utf8.count, y.utf8.count), "a string", loc)
            return .string(x + y)
        case .eq: return .bool(x == y)
        case .ne: return .bool(x != y)
        case .lt: return .bool(x < y)
        case .le: return .bool(x <= y)
        case .gt: return .bool(x > y)
        case .ge: return .bool(x >= y)
        default: break
        }
    case (.array(let x), .array(let y)) where op == .add:
        try SizeLimits.check(SizeLimits.sum(x.count, y.count), "an array", loc)
        return .array(x + y)
    case (.object(let x), .object(let y)) where op == .ident: return .bool(x === y)
    case (.object(let x), .object(let y)) where op == .notIdent: return .bool(x !== y)
    case (.host(let x), .host(let y)) where (op == .ident || op == .notIdent) && rt.library.hostType(of: x)?.isClass == true:
        return .bool((x === y) == (op == .ident))
    case (.host(let h), _), (_, .host(let h)):
        if let t = rt.library.hostType(of: h), let body = t.binaryOperators[op.rawValue] {
            do { return try body(a, b) } catch let e as LangError { throw e } catch { throw LangError(String(describing: error), loc) }
        }
    case (.bool(let x), .bool(let y)) where op == .eq || op == .ne: return .bool((x == y) == (op == .eq))
    // Swift compares tuples of 2 to 6 comparable elements left to right: the first unequal
    // pair decides, else the last one does.
    case (.tuple(let x), .tuple(let y)) where [.lt, .le, .gt, .ge].contains(op) && x.elements.count == y.elements.count
                                             && (2...6).contains(x.elements.count):
        let strict: BinOp = op == .lt || op == .le ? .lt : .gt
        for i in 0..<(x.elements.count - 1) where valuesEqual(x.elements[i], y.elements[i]) != true {
            return try applyBinary(strict, x.elements[i], y.elements[i], lhsLiteral: false, rhsLiteral: false, rt: rt, loc)
        }
        return try applyBinary(op, x.elements.last!, y.elements.last!, lhsLiteral: false, rhsLiteral: false, rt: rt, loc)
    default: break
    }
    if op == .eq || op == .ne {
        if let r = valuesEqual(a, b) { return .bool(r == (op == .eq)) }
    }
    throw LangError("binary operator '\(op.rawValue)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'", loc, .type)
}

/// Swift's `==` for Equatable values; nil when the values are not comparable.
func valuesEqual(_ a: Value, _ b: Value) -> Bool? {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.double(let x), .double(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.bool(let x), .bool(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)):
        if x.count != y.count { return false }
        for i in 0..<x.count { guard let e = valuesEqual(x[i], y[i]) else { return nil }; if !e { return false } }
        return true
    case (.tuple(let x), .tuple(let y)):
        if x.elements.count != y.elements.count { return nil }
        for i in 0..<x.elements.count { guard let e = valuesEqual(x.elements[i], y.elements[i]) else { return nil }; if !e { return false } }
        return true
    case (.optional(let x), .optional(let y)):
        switch (x, y) {
        case (nil, nil): return true
        case (nil, _), (_, nil): return false
        case (let p?, let q?): return valuesEqual(p, q)
        }
    case (.optional(let x), _): guard let x else { return false }; return valuesEqual(x, b)
    case (_, .optional(let y)): guard let y else { return false }; return valuesEqual(a, y)
    case (.range(let x), .range(let y)): return x.lower == y.lower && x.upper == y.upper && x.closed == y.closed
    case (.dictionary(let x), .dictionary(let y)):
        if x.count != y.count { return false }
        for (i, k) in x.keys.enumerated() {
            guard let v = y[k], let e = valuesEqual(x.values[i], v) else { return false }
            if !e { return false }
        }
        return true
    case (.structValue(let x), .structValue(let y)) where x.type === y.type:
        for i in 0..<x.fields.count { guard let e = valuesEqual(x.fields[i], y.fields[i]) else { return nil }; if !e { return false } }
        return true
    default: return nil
    }
}

final class LogicalExpr: Expr {
    let isAnd: Bool
    unowned(unsafe) let lhs: Expr
    unowned(unsafe) let rhs: Expr
    init(isAnd: Bool, _ l: Expr, _ r: Expr, _ loc: Loc) { self.isAnd = isAnd; lhs = l; rhs = r; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        guard case .bool(let a) = try lhs.eval(f) else { throw LangError("expected Bool operand", loc, .type) }
        if isAnd ? !a : a { return .bool(a) }
        guard case .bool(let b) = try rhs.eval(f) else { throw LangError("expected Bool operand", loc, .type) }
        return .bool(b)
    }
}

final class PrefixExpr: Expr {
    let op: String
    unowned(unsafe) let operand: Expr
    unowned(unsafe) let rt: Runtime
    init(_ op: String, _ e: Expr, rt: Runtime, _ loc: Loc) { self.op = op; operand = e; self.rt = rt; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        let v = try operand.eval(f)
        switch (op, v) {
        case ("-", .int(let x)):
            if x == .min { throw LangError("arithmetic overflow: -(\(x)) does not fit in Int", loc) }
            return .int(-x)
        case ("-", .double(let x)): return .double(-x)
        case ("-", .float(let x)): return .float(-x)
        case ("+", .int), ("+", .double), ("+", .float): return v
        case ("!", .bool(let b)): return .bool(!b)
        case ("~", .int(let x)): return .int(~x)
        case ("..<", .int(let x)): return .range(RangeValue(lower: nil, upper: x, closed: false))
        case ("...", .int(let x)): return .range(RangeValue(lower: nil, upper: x, closed: true))
        case (_, .host(let h)):
            if let t = rt.library.hostType(of: h), let body = t.prefixOperators[op] {
                do { return try body(h) } catch let e as LangError { throw e } catch { throw LangError(String(describing: error), loc) }
            }
        default: break
        }
        throw LangError("unary operator '\(op)' cannot be applied to an operand of type '\(v.typeName)'", loc, .type)
    }
}

final class PostfixRangeExpr: Expr {
    unowned(unsafe) let operand: Expr
    init(_ e: Expr, _ loc: Loc) { operand = e; super.init(loc) }
    override func eval(_ f: Frame) throws -> Value {
        let v = try operand.eval(f)
        guard case .int(let x) = v else { throw LangError("'...' needs an Int operand", loc, .type) }
        return .range(RangeValue(lower: x, upper: nil, closed: true))
    }
}
