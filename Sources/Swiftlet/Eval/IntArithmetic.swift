/// Integer operators whose operands the lowerer typed as Int: operands are read unboxed with
/// `evalInt`, so `s += i * i % 7` runs without building intermediate `Value`s. Same results
/// and the same overflow and division errors as `BinaryExpr`, which handles every other case.
class IntOperandsExpr: Expr {
    let op: BinOp
    let lhsU: Unmanaged<Expr>, rhsU: Unmanaged<Expr>

    /// Nil when `op` is not one of `accepted`.
    init?(_ op: BinOp, accepted: Set<BinOp>, _ lhs: Expr, _ rhs: Expr, _ loc: Loc) {
        guard accepted.contains(op) else { return nil }
        self.op = op
        lhsU = .passUnretained(lhs); rhsU = .passUnretained(rhs)
        super.init(loc)
    }

    /// Both operands, unboxed, left first.
    @inline(__always)
    final func operands(_ f: Frame) throws -> (Int, Int) {
        let x = try lhsU._withUnsafeGuaranteedRef { try $0.evalInt(f) }
        return (x, try rhsU._withUnsafeGuaranteedRef { try $0.evalInt(f) })
    }
}

/// `+`, `*`, `%`, `&+`, `<<` and the other Int-valued operators.
final class IntArithmeticExpr: IntOperandsExpr {
    init?(_ op: BinOp, _ lhs: Expr, _ rhs: Expr, _ loc: Loc) {
        super.init(op, accepted: [.add, .sub, .mul, .div, .rem, .bitAnd, .bitOr, .bitXor, .shl, .shr, .wrapAdd, .wrapSub, .wrapMul, .maskShl, .maskShr],
                   lhs, rhs, loc)
    }

    override func evalInt(_ f: Frame) throws -> Int {
        let (x, y) = try operands(f)
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            if o { throw overflow("+", x, y, loc) }
            return r
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { throw overflow("-", x, y, loc) }
            return r
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { throw overflow("*", x, y, loc) }
            return r
        default:
            // Rarer operators share BinaryExpr's implementation, errors included.
            guard case .int(let r) = try intOp(op, x, y, loc) else { throw LangError("integer operator gave a non-integer", loc, .type) }
            return r
        }
    }

    override func eval(_ f: Frame) throws -> Value { .int(try evalInt(f)) }
}

/// `<`, `==` and the other comparisons of two Int-typed operands, read unboxed.
final class IntComparisonExpr: IntOperandsExpr {
    init?(_ op: BinOp, _ lhs: Expr, _ rhs: Expr, _ loc: Loc) {
        super.init(op, accepted: [.lt, .le, .gt, .ge, .eq, .ne], lhs, rhs, loc)
    }

    override func eval(_ f: Frame) throws -> Value {
        let (x, y) = try operands(f)
        switch op {
        case .lt: return .bool(x < y)
        case .le: return .bool(x <= y)
        case .gt: return .bool(x > y)
        case .ge: return .bool(x >= y)
        case .eq: return .bool(x == y)
        default: return .bool(x != y)
        }
    }
}
