import Foundation

/// Elementwise arithmetic with broadcasting, and its gradients.
extension Tensor {
    /// Unrecorded broadcast of `f` over two tensors.
    @inline(__always)
    static func broadcastMap(_ a: Tensor, _ b: Tensor, _ f: (Float, Float) -> Float) throws -> Tensor {
        let outShape = try Broadcast.shape(a.shape, b.shape)
        let n = outShape.count == a.shape.count && outShape == a.shape ? a.count : try checkedCount(outShape)
        let storage = try a.storage.withBuffer { av in
            try b.storage.withBuffer { bv in
                try Storage.make(count: n, budget: Storage.budget(for: a.storage, b.storage)) { out in
                    Broadcast.apply(av, a.shape, bv, b.shape, outShape, into: out, f)
                }
            }
        }
        return Tensor(storage: storage, shape: outShape)
    }

    /// Unrecorded map of `f` over one tensor.
    @inline(__always)
    func map(_ f: (Float) -> Float) throws -> Tensor {
        let storage = try self.storage.withBuffer { p in
            try Storage.make(count: p.count, budget: Storage.budget(for: self.storage)) { out in
                for i in 0..<p.count { out[i] = f(p[i]) }
            }
        }
        return Tensor(storage: storage, shape: shape)
    }

    static func combine(_ g: [Float], _ gShape: [Int], _ v: [Float], _ vShape: [Int],
                        _ f: (Float, Float) -> Float) -> [Float] {
        let outShape = (try? Broadcast.shape(gShape, vShape)) ?? gShape
        let n = outShape.reduce(1, *)
        return [Float](unsafeUninitializedCapacity: n) { out, k in
            Broadcast.apply(g, gShape, v, vShape, outShape, into: out, f)
            k = n
        }
    }

    public static func add(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let r = try broadcastMap(a, b, +)
        if recording(a, b) {
            let sa = a.shape, sb = b.shape, so = r.shape
            r.node = GradNode("AddBackward0", [a.node, b.node]) { g in
                [Broadcast.sum(g, from: so, to: sa), Broadcast.sum(g, from: so, to: sb)]
            }
        }
        return r
    }

    public static func subtract(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try subtract(a, b, name: a.isWrappedNumber && !b.isWrappedNumber ? "RsubBackward1" : "SubBackward0")
    }

    /// A number divided by a tensor, which torch computes as a reciprocal times the number.
    public static func divide(_ a: Float, _ b: Tensor) throws -> Tensor {
        let number = scalar(a)
        number.isWrappedNumber = true
        return try divide(number, b)
    }

    /// A number minus a tensor, which torch records as `rsub` (grad_fn `RsubBackward1`).
    public static func subtract(_ a: Float, _ b: Tensor) throws -> Tensor {
        let number = scalar(a)
        number.isWrappedNumber = true
        return try subtract(number, b)
    }

    static func subtract(_ a: Tensor, _ b: Tensor, name: String) throws -> Tensor {
        let r = try broadcastMap(a, b, -)
        if recording(a, b) {
            let sa = a.shape, sb = b.shape, so = r.shape
            r.node = GradNode(name, [a.node, b.node]) { g in
                [Broadcast.sum(g, from: so, to: sa), Broadcast.sum(g.map { -$0 }, from: so, to: sb)]
            }
        }
        return r
    }

    public static func multiply(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let r = try broadcastMap(a, b, *)
        if recording(a, b) {
            let sa = a.shape, sb = b.shape, so = r.shape
            let av = a.storage.saved(), bv = b.storage.saved()
            let needA = a.node != nil, needB = b.node != nil
            r.node = GradNode("MulBackward0", [a.node, b.node]) { g in
                [needA ? Broadcast.sum(combine(g, so, bv.values, sb, *), from: so, to: sa) : nil,
                 needB ? Broadcast.sum(combine(g, so, av.values, sa, *), from: so, to: sb) : nil]
            }
        }
        return r
    }

    public static func divide(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        // A number divided by a tensor is torch's `b.reciprocal() * a`: its values round
        // differently from quotients, and its grad_fn is MulBackward0.
        if a.isWrappedNumber && !b.isWrappedNumber { return try multiply(try b.checkedReciprocal(), a) }
        let r = try broadcastMap(a, b, /)
        if recording(a, b) {
            let sa = a.shape, sb = b.shape, so = r.shape
            let savedB = b.storage.saved(), savedR = r.storage.saved()
            let needB = b.node != nil
            r.node = GradNode("DivBackward0", [a.node, b.node]) { g in
                let bv = savedB.values, rv = savedR.values
                // d(a/b)/db = -(a/b)/b
                let gb: [Float]? = needB ? {
                    let q = combine(g, so, rv, so, *)
                    return Broadcast.sum(combine(q, so, bv, sb) { -$0 / $1 }, from: so, to: sb)
                }() : nil
                return [Broadcast.sum(combine(g, so, bv, sb, /), from: so, to: sa), gb]
            }
        }
        return r
    }

    /// Records a unary op whose local derivative is `derivative(x, y)` (input, output).
    func unary(_ name: String, _ f: (Float) -> Float,
               derivative: @escaping (Float, Float) -> Float) throws -> Tensor {
        let r = try map(f)
        if recording(self) {
            let savedX = storage.saved(), savedY = r.storage.saved()
            r.node = GradNode(name, [node]) { g in
                let xv = savedX.values, yv = savedY.values
                return [(0..<g.count).map { g[$0] * derivative(xv[$0], yv[$0]) }]
            }
        }
        return r
    }

    public func checkedNegated() throws -> Tensor { try unary("NegBackward0", { -$0 }) { _, _ in -1 } }
    /// `1 / x`; torch's derivative is `-(y * y)` from the result y.
    public func checkedReciprocal() throws -> Tensor { try unary("ReciprocalBackward0", { 1 / $0 }) { _, y in -(y * y) } }
    public func checkedPow(_ e: Float) throws -> Tensor {
        // Torch's derivative for exponent 0 is zero everywhere (even at x = 0, even for an inf/NaN gradient).
        if e == 0 {
            let r = try map { Tensor.torchPow($0, 0) }
            if recording(self) {
                let n = count
                r.node = GradNode("PowBackward0", [node]) { _ in [[Float](repeating: 0, count: n)] }
            }
            return r
        }
        return try unary("PowBackward0", { Tensor.torchPow($0, e) }) { x, _ in e * Tensor.torchPow(x, e - 1) }
    }

    /// `x` to a constant power as torch computes it: exponents 0 and 1 exactly, the common small
    /// ones by products, roots and reciprocals (so -0 and 0 give torch's signs), others by `powf`.
    @inline(__always)
    static func torchPow(_ x: Float, _ e: Float) -> Float {
        switch e {
        case 0: return 1
        case 1: return x
        case 2: return x * x
        case 3: return x * x * x
        case -2: return 1 / (x * x)
        case 0.5: return x.squareRoot()
        case -0.5: return 1 / x.squareRoot()
        case -1: return 1 / x
        default: return powf(x, e)
        }
    }
    public func checkedExp() throws -> Tensor { try unary("ExpBackward0", Foundation.expf) { _, y in y } }
    public func checkedLog() throws -> Tensor { try unary("LogBackward0", Foundation.logf) { x, _ in 1 / x } }
    public func checkedSqrt() throws -> Tensor { try unary("SqrtBackward0", { $0.squareRoot() }) { _, y in 0.5 / y } }
    public func checkedAbs() throws -> Tensor {
        try unary("AbsBackward0", Swift.abs) { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) }
    }

    public func squared() -> Tensor { orTrap { try checkedPow(2) } }
    public func pow(_ e: Float) -> Tensor { orTrap { try checkedPow(e) } }
    public func exp() -> Tensor { orTrap { try checkedExp() } }
    public func log() -> Tensor { orTrap { try checkedLog() } }
    public func sqrt() -> Tensor { orTrap { try checkedSqrt() } }
    public func abs() -> Tensor { orTrap { try checkedAbs() } }

    /// Throwing core of the compound assignments: updates `self` in place, as torch's `-=`.
    /// When recorded, `self` gets a new graph node whose parent is its previous node.
    public func checkedUpdate(_ op: (Tensor, Tensor) throws -> Tensor, _ rhs: Tensor) throws {
        if recording(self, rhs) { try checkInPlaceAllowed() }
        let r = try op(self, rhs)
        guard r.shape == shape else {
            throw TensorError.shapeMismatch("in-place result of shape \(r.shape) does not fit \(shape)")
        }
        r.storage.withBuffer { overwrite(with: $0) }
        if r.node != nil { node = r.node }
        try writeThrough()
    }
}

