/// 2-D matrix product (1-D operands are treated as a row / column vector, as torch does).
extension Tensor {
    static func mm(_ a: [Float], _ b: [Float], _ m: Int, _ k: Int, _ n: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: m * n) { c, count in
            mm(a, b, m, k, n, into: c)
            count = m * n
        }
    }

    /// c = a · b for row-major a (m×k), b (k×n); `c` holds m×n elements.
    /// Each element adds its k terms in order, each with one rounding (a fused multiply-add):
    /// that is how torch's CPU backend (MKL) computes a product of two matrices whose inner
    /// size is below 384, so such products are bit-identical to torch's and print the same.
    /// (`addingProduct` is fused on every CPU; without FMA instructions it calls `fmaf`.)
    static func mm(_ a: [Float], _ b: [Float], _ m: Int, _ k: Int, _ n: Int, into pc: UnsafeMutableBufferPointer<Float>) {
        pc.update(repeating: 0)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                for i in 0..<m { for p in 0..<k {
                    let s = pa[i * k + p]
                    for j in 0..<n { pc[i * n + j] = pc[i * n + j].addingProduct(s, pb[p * n + j]) }
                } }
            }
        }
    }

    static func transpose(_ a: [Float], _ rows: Int, _ cols: Int) -> [Float] {
        var t = [Float](repeating: 0, count: a.count)
        for i in 0..<rows { for j in 0..<cols { t[j * rows + i] = a[i * cols + j] } }
        return t
    }

    /// Torch's grad_fn for `matmul` by operand ranks: mm, mv, dot, or a squeezed mm for vector x matrix.
    static func matmulGradName(_ ra: Int, _ rb: Int) -> String {
        switch (ra, rb) {
        case (2, 2): return "MmBackward0"
        case (2, 1): return "MvBackward0"
        case (1, 1): return "DotBackward0"
        default: return "SqueezeBackward4"
        }
    }

    public static func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        guard (1...2).contains(a.rank), (1...2).contains(b.rank) else {
            throw TensorError.shapeMismatch("matmul supports 1-D and 2-D tensors, got \(a.shape) and \(b.shape)")
        }
        let m = a.rank == 2 ? a.shape[0] : 1, k = a.shape[a.rank - 1]
        let k2 = b.shape[0], n = b.rank == 2 ? b.shape[1] : 1
        guard k == k2 else {
            throw TensorError.shapeMismatch("cannot multiply \(a.shape) by \(b.shape) (inner sizes \(k) and \(k2) differ)")
        }
        var outShape: [Int] = []
        if a.rank == 2 { outShape.append(m) }
        if b.rank == 2 { outShape.append(n) }
        let count = try checkedCount([m, n])
        // charged before the product is allocated: an outer product can be enormous
        let r = Tensor(storage: try Storage.make(count: count) { mm(a.storage.values, b.storage.values, m, k, n, into: $0) },
                       shape: outShape)
        if recording(a, b) {
            let savedA = a.storage.saved(), savedB = b.storage.saved()
            r.node = GradNode(Tensor.matmulGradName(a.rank, b.rank), [a.node, b.node]) { g in
                [mm(g, transpose(savedB.values, k, n), m, n, k), mm(transpose(savedA.values, m, k), g, k, m, n)]
            }
        }
        return r
    }

    public func matmul(_ o: Tensor) -> Tensor { orTrap { try Tensor.matmul(self, o) } }
}

public func matmul(_ a: Tensor, _ b: Tensor) -> Tensor { a.matmul(b) }
