/// The index expressions of `x[...]`, as read (`SubscriptExpr`) or assigned (`SubscriptLV`).
/// Two unlabelled indices, `x[i, j]`, are the hot case a host type may serve without an
/// argument array, so those two are also kept as unretained links (the arena owns the nodes).
struct SubscriptIndices {
    let exprs: [Expr]
    let labels: [String?]
    let isPlainPair: Bool
    private let first: Unmanaged<Expr>?, second: Unmanaged<Expr>?

    init(_ exprs: [Expr], labels: [String?]) {
        self.exprs = exprs
        self.labels = labels
        isPlainPair = exprs.count == 2 && labels.allSatisfy { $0 == nil }
        first = exprs.first.map { .passUnretained($0) }
        second = exprs.count > 1 ? .passUnretained(exprs[1]) : nil
    }

    /// Every index, in source order.
    func evaluateAll(_ f: Frame) throws -> [Value] { try exprs.map { try $0.eval(f) } }

    /// The two indices of a plain pair, in source order.
    @inline(__always)
    func evaluatePair(_ f: Frame) throws -> (Value, Value) {
        let i = try fastEval(first!, f)
        return (i, try fastEval(second!, f))
    }
}
