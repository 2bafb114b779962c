/// Reshaping, transposing and flipping (reshape shares storage; the others copy).
extension Tensor {
    public func checkedReshaped(_ newShape: [Int]) throws -> Tensor {
        var target = newShape
        let inferred = target.indices.filter { target[$0] == -1 }
        guard inferred.count <= 1 else { throw TensorError.invalidArgument("only one dimension can be -1 in \(newShape)") }
        if let at = inferred.first {
            let known = target.enumerated().filter { $0.offset != at }.map(\.element)
            let rest = try checkedCount(known)
            guard rest > 0, count % rest == 0 else {
                throw TensorError.shapeMismatch("shape \(newShape) is invalid for input of size \(count)")
            }
            target[at] = count / rest
        }
        guard try checkedCount(target) == count else {
            throw TensorError.shapeMismatch("shape \(newShape) is invalid for input of size \(count)")
        }
        let r = Tensor(storage: storage, shape: target)
        if recording(self) { r.node = GradNode("ViewBackward0", [node]) { g in [g] } }
        return r
    }
    public func reshaped(_ shape: Int...) -> Tensor { orTrap { try checkedReshaped(shape) } }
    public func reshaped(_ shape: [Int]) -> Tensor { orTrap { try checkedReshaped(shape) } }

    /// Copies with axes permuted by `perm` (result axis i is source axis perm[i]).
    static func permutedValues(_ values: [Float], _ shape: [Int], _ perm: [Int]) -> [Float] {
        let outShape = perm.map { shape[$0] }
        let srcStrides = Tensor.strides(of: shape)
        let st = perm.map { srcStrides[$0] }
        var out = [Float](repeating: 0, count: values.count)
        guard !values.isEmpty else { return out }
        var index = [Int](repeating: 0, count: shape.count)
        var src = 0
        for o in 0..<values.count {
            out[o] = values[src]
            var d = shape.count - 1
            while d >= 0 {
                index[d] += 1; src += st[d]
                if index[d] < outShape[d] { break }
                src -= st[d] * index[d]; index[d] = 0; d -= 1
            }
        }
        return out
    }

    public func checkedTransposed(_ a: Int, _ b: Int) throws -> Tensor {
        let a1 = a < 0 ? a + rank : a, b1 = b < 0 ? b + rank : b
        guard (0..<rank).contains(a1), (0..<rank).contains(b1) else {
            throw TensorError.indexOutOfRange("cannot transpose axes \(a) and \(b) of a rank-\(rank) tensor")
        }
        var perm = Array(0..<rank)
        perm.swapAt(a1, b1)
        let outShape = perm.map { shape[$0] }
        let r = Tensor(storage: try Storage.adopting(Tensor.permutedValues(storage.values, shape, perm)), shape: outShape)
        if recording(self) {
            r.node = GradNode("TransposeBackward0", [node]) { g in [Tensor.permutedValues(g, outShape, perm)] }
        }
        // torch's transpose is a view: `Y.transposed()[2, 1] = 7` changes Y.
        r.origin = SliceOrigin(base: self, indices: .transposition(a1, b1))
        return r
    }
    public func transposed() -> Tensor {
        orTrap {
            guard rank == 2 else { throw TensorError.invalidArgument("transposed() expects a 2-D tensor, got shape \(shape)") }
            return try checkedTransposed(0, 1)
        }
    }
    public func transposed(_ a: Int, _ b: Int) -> Tensor { orTrap { try checkedTransposed(a, b) } }

    static func flipValues(_ values: [Float], _ shape: [Int], _ axes: Set<Int>) -> [Float] {
        let strides = Tensor.strides(of: shape)
        var out = [Float](repeating: 0, count: values.count)
        for o in 0..<values.count {
            var rem = o, src = 0
            for d in 0..<shape.count {
                let i = rem / strides[d]; rem -= i * strides[d]
                src += (axes.contains(d) ? shape[d] - 1 - i : i) * strides[d]
            }
            out[o] = values[src]
        }
        return out
    }

    public func checkedFlipped(axes: [Int]) throws -> Tensor {
        var set = Set<Int>()
        for a in axes {
            let a1 = a < 0 ? a + rank : a
            guard (0..<rank).contains(a1) else { throw TensorError.indexOutOfRange("axis \(a) out of range for rank \(rank)") }
            set.insert(a1)
        }
        let shape = self.shape
        let r = Tensor(storage: try Storage.adopting(Tensor.flipValues(storage.values, shape, set)), shape: shape)
        if recording(self) {
            r.node = GradNode("FlipBackward0", [node]) { g in [Tensor.flipValues(g, shape, set)] }
        }
        return r
    }
    public func flipped() -> Tensor { orTrap { try checkedFlipped(axes: Array(0..<rank)) } }
    public func flipped(axes: [Int]) -> Tensor { orTrap { try checkedFlipped(axes: axes) } }
}
