/// Sums, means and maxima over everything or one axis.
extension Tensor {
    /// Splits `shape` around `axis` into (outer, length, inner) extents.
    func axisExtents(_ axis: Int) throws -> (Int, Int, Int, Int) {
        let a = axis < 0 ? axis + rank : axis
        guard (0..<Swift.max(rank, 1)).contains(a), rank > 0 else {
            throw TensorError.indexOutOfRange("axis \(axis) is out of range for a tensor of rank \(rank)")
        }
        let outer = shape[..<a].reduce(1, *), inner = shape[(a + 1)...].reduce(1, *)
        return (a, outer, shape[a], inner)
    }

    func reducedShape(_ a: Int, keepDims: Bool) -> [Int] {
        var s = shape
        if keepDims { s[a] = 1 } else { s.remove(at: a) }
        return s
    }

    public func checkedSum() throws -> Tensor {
        let s = storage.withBuffer { b in b.baseAddress.map { CascadeSum.contiguous($0, b.count) } ?? 0 }
        let r = Tensor(storage: try Storage.make(count: 1, budget: Storage.budget(for: storage)) { $0[0] = s }, shape: [])
        if recording(self) {
            let n = count
            r.node = GradNode("SumBackward0", [node]) { g in [[Float](repeating: g[0], count: n)] }
        }
        return r
    }

    public func checkedSum(axis: Int, keepDims: Bool = false) throws -> Tensor {
        let (a, outer, len, inner) = try axisExtents(axis)
        let v = storage.values
        var out = [Float](repeating: 0, count: outer * inner)
        v.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                guard let s = src.baseAddress, let d = dst.baseAddress else { return }
                CascadeSum.axis(s, outer: outer, len: len, inner: inner, into: d)
            }
        }
        let r = Tensor(storage: try Storage.adopting(out), shape: reducedShape(a, keepDims: keepDims))
        if recording(self) {
            r.node = GradNode("SumBackward1", [node]) { g in
                var full = [Float](repeating: 0, count: v.count)
                for o in 0..<outer { for k in 0..<len { for i in 0..<inner {
                    full[(o * len + k) * inner + i] = g[o * inner + i]
                } } }
                return [full]
            }
        }
        return r
    }

    public func checkedMean() throws -> Tensor {
        guard count > 0 else { return try Tensor.full([], .nan) }
        let s = try noGrad { try checkedSum() }
        let n = Float(count)
        let r = Tensor(storage: try Storage.adopting([s.storage[0] / n]), shape: [])
        if recording(self) {
            let c = count
            r.node = GradNode("MeanBackward0", [node]) { g in [[Float](repeating: g[0] / n, count: c)] }
        }
        return r
    }

    /// Torch's mean: the float32 sum divided by the length (0/0 = NaN for an empty axis).
    public func checkedMean(axis: Int, keepDims: Bool = false) throws -> Tensor {
        let (_, outer, len, inner) = try axisExtents(axis)
        let s = try noGrad { try checkedSum(axis: axis, keepDims: keepDims) }
        let n = Float(len)
        let r = Tensor(storage: try Storage.adopting(s.storage.values.map { $0 / n }), shape: s.shape)
        if recording(self) {
            let c = count
            r.node = GradNode("MeanBackward1", [node]) { g in
                var full = [Float](repeating: 0, count: c)
                for o in 0..<outer { for k in 0..<len { for i in 0..<inner {
                    full[(o * len + k) * inner + i] = g[o * inner + i] / n
                } } }
                return [full]
            }
        }
        return r
    }

    public func checkedMax() throws -> Tensor {
        guard count > 0 else { throw TensorError.invalidArgument("max() of an empty tensor") }
        let v = storage.values
        var best = 0
        for i in 1..<v.count where v[i] > v[best] || v[i].isNaN { best = i; if v[i].isNaN { break } }
        let m = v[best]
        let r = Tensor(storage: try Storage.adopting([m]), shape: [])
        if recording(self) {
            r.node = GradNode("MaxBackward1", [node]) { g in
                // As torch, the gradient is shared evenly by every element equal to the maximum
                // (every NaN when the maximum is NaN).
                let ties = v.indices.filter { v[$0] == m || (m.isNaN && v[$0].isNaN) }
                let share = g[0] / Float(ties.count)
                var full = [Float](repeating: 0, count: v.count)
                for i in ties { full[i] = share }
                return [full]
            }
        }
        return r
    }

    public func checkedMax(axis: Int, keepDims: Bool = false) throws -> Tensor {
        let (a, outer, len, inner) = try axisExtents(axis)
        guard len > 0 else { throw TensorError.invalidArgument("max over an empty axis") }
        let v = storage.values
        var out = [Float](repeating: 0, count: outer * inner), arg = [Int](repeating: 0, count: outer * inner)
        for o in 0..<outer { for i in 0..<inner {
            // The first NaN wins (torch propagates NaN and points its index there); otherwise the
            // first of tied maxima.
            var best = o * len * inner + i
            for k in 1..<Swift.max(len, 1) {
                if v[best].isNaN { break }
                let at = (o * len + k) * inner + i
                if v[at] > v[best] || v[at].isNaN { best = at }
            }
            out[o * inner + i] = v[best]
            arg[o * inner + i] = best
        } }
        let r = Tensor(storage: try Storage.adopting(out), shape: reducedShape(a, keepDims: keepDims))
        if recording(self) {
            let n = v.count
            r.node = GradNode("MaxBackward0", [node]) { g in
                var full = [Float](repeating: 0, count: n)
                for (j, src) in arg.enumerated() { full[src] += g[j] }
                return [full]
            }
        }
        return r
    }

    public func sum() -> Tensor { orTrap { try checkedSum() } }
    public func sum(axis: Int, keepDims: Bool = false) -> Tensor { orTrap { try checkedSum(axis: axis, keepDims: keepDims) } }
    public func mean() -> Tensor { orTrap { try checkedMean() } }
    public func mean(axis: Int, keepDims: Bool = false) -> Tensor { orTrap { try checkedMean(axis: axis, keepDims: keepDims) } }
    public func max() -> Tensor { orTrap { try checkedMax() } }
    public func max(axis: Int, keepDims: Bool = false) -> Tensor { orTrap { try checkedMax(axis: axis, keepDims: keepDims) } }
}
