/// One subscript component: a single position (drops the axis) or a half-open range (keeps it).
public enum IndexSpec {
    case single(Int)
    case range(lower: Int?, upper: Int?)
}

/// Types usable inside `t[...]`: Int and the standard Int ranges.
public protocol TensorIndex { var indexSpec: IndexSpec { get } }
extension Int: TensorIndex { public var indexSpec: IndexSpec { .single(self) } }
extension Range: TensorIndex where Bound == Int {
    public var indexSpec: IndexSpec { .range(lower: lowerBound, upper: upperBound) }
}
extension ClosedRange: TensorIndex where Bound == Int {
    public var indexSpec: IndexSpec { .range(lower: lowerBound, upper: upperBound == .max ? nil : upperBound + 1) }
}
extension PartialRangeFrom: TensorIndex where Bound == Int {
    public var indexSpec: IndexSpec { .range(lower: lowerBound, upper: nil) }
}
extension PartialRangeUpTo: TensorIndex where Bound == Int {
    public var indexSpec: IndexSpec { .range(lower: nil, upper: upperBound) }
}
extension PartialRangeThrough: TensorIndex where Bound == Int {
    public var indexSpec: IndexSpec { .range(lower: nil, upper: upperBound == .max ? nil : upperBound + 1) }
}

/// One subscript component resolved against an axis of `size`: torch's rules (a negative
/// position counts from the end, ranges are clamped). Shared by every indexing path so they
/// cannot disagree.
struct AxisSpan {
    var start: Int
    var count: Int
    /// False for a single position, whose axis the result drops.
    var kept: Bool

    @inline(__always)
    init(_ spec: IndexSpec, axis: Int, size dim: Int) throws {
        switch spec {
        case .single(let i):
            let j = i < 0 ? i + dim : i
            guard j >= 0 && j < dim else {
                throw TensorError.indexOutOfRange("index \(i) is out of bounds for axis \(axis) with size \(dim)")
            }
            start = j; count = 1; kept = false
        case .range(let lo, let hi):
            func clamp(_ v: Int?, _ dflt: Int) -> Int {
                guard let v else { return dflt }
                return Swift.min(dim, Swift.max(0, v < 0 ? v + dim : v))
            }
            let a = clamp(lo, 0), b = clamp(hi, dim)
            start = a; count = Swift.max(0, b - a); kept = true
        }
    }
}

/// A resolved rectangular region of a tensor.
struct Region {
    var starts: [Int]
    var counts: [Int]
    /// The region's shape with single-position axes dropped (the shape torch gives the result).
    var keptShape: [Int]
    /// Torch's `grad_fn` for reading this region: the op of the last component that does
    /// something (integer: select, partial range: slice). A lone range is always a slice; among
    /// several components, whole-axis ranges are skipped, and when all are, torch makes an alias.
    var gradName: String

    init(_ specs: [IndexSpec], in shape: [Int]) throws {
        guard specs.count <= shape.count else {
            throw TensorError.indexOutOfRange("too many indices (\(specs.count)) for tensor of rank \(shape.count)")
        }
        starts = []; counts = []; keptShape = []; gradName = "AliasBackward0"
        for (axis, dim) in shape.enumerated() {
            let spec = axis < specs.count ? specs[axis] : .range(lower: nil, upper: nil)
            let span = try AxisSpan(spec, axis: axis, size: dim)
            starts.append(span.start); counts.append(span.count)
            if span.kept { keptShape.append(span.count) }
            guard axis < specs.count else { continue }
            if !span.kept {
                gradName = "SelectBackward0"
            } else if specs.count == 1 || span.start != 0 || span.count != dim {
                gradName = "SliceBackward0"
            }
        }
    }

    var elementCount: Int { counts.reduce(1, *) }

    /// Calls `body(sourceOffset, regionOffset, runLength)` for each contiguous innermost run.
    func forEachRun(in shape: [Int], _ body: (Int, Int, Int) -> Void) {
        let n = elementCount
        guard n > 0 else { return }
        guard !shape.isEmpty else { body(0, 0, 1); return }
        let strides = Tensor.strides(of: shape)
        let last = shape.count - 1, run = counts[last]
        var index = [Int](repeating: 0, count: shape.count)
        var done = 0
        while done < n {
            var offset = 0
            for d in 0..<shape.count { offset += (starts[d] + index[d]) * strides[d] }
            body(offset, done, run)
            done += run
            var d = last - 1
            while d >= 0 {
                index[d] += 1
                if index[d] < counts[d] { break }
                index[d] = 0; d -= 1
            }
        }
    }
}

extension Tensor {
    /// Throwing core of reading `t[...]`: copies the region (axes indexed by an Int are dropped).
    public func checkedSubscript(_ specs: [IndexSpec]) throws -> Tensor {
        let region = try Region(specs, in: shape)
        let shape = self.shape, sourceCount = count
        let out = try storage.withBuffer { s in
            try Storage.make(count: region.elementCount, budget: Storage.budget(for: storage)) { p in
                region.forEachRun(in: shape) { from, to, n in
                    (p.baseAddress! + to).update(from: s.baseAddress! + from, count: n)
                }
            }
        }
        let r = Tensor(storage: out, shape: region.keptShape)
        r.origin = SliceOrigin(base: self, indices: .list(specs))
        if recording(self) {
            r.node = GradNode(region.gradName, [node]) { g in
                var full = [Float](repeating: 0, count: sourceCount)
                region.forEachRun(in: shape) { from, to, n in
                    for k in 0..<n { full[from + k] = g[to + k] }
                }
                return [full]
            }
        }
        return r
    }

    /// Throwing core of `t[...] = value`: writes in place, broadcasting `value` to the region.
    /// Recorded like torch's CopySlices: the old contents get the gradient outside the region,
    /// `value` the (un-broadcast) gradient inside it.
    public func checkedSetSubscript(_ specs: [IndexSpec], _ value: Tensor) throws {
        let region = try Region(specs, in: shape)
        let kept = region.keptShape
        let sameValues = value.count == region.elementCount
            && value.shape.filter { $0 != 1 } == kept.filter { $0 != 1 }
        guard sameValues || (try? Broadcast.shape(value.shape, kept)) == kept else {
            throw TensorError.shapeMismatch("cannot assign a tensor of shape \(value.shape) to a slice of shape \(kept)")
        }
        let record = recording(self, value)
        if record { try checkInPlaceAllowed() }
        let v = value.storage.values, vShape = value.shape, shape = self.shape
        let n = region.elementCount
        let spread: [Float] = v.count == n ? v : [Float](unsafeUninitializedCapacity: n) { p, k in
            Broadcast.apply(v, vShape, [0], [], kept, into: p) { a, _ in a }
            k = n
        }
        storage.withMutableBuffer { d in
            spread.withUnsafeBufferPointer { s in
                region.forEachRun(in: shape) { to, from, len in
                    (d.baseAddress! + to).update(from: s.baseAddress! + from, count: len)
                }
            }
        }
        if record {
            let needValue = value.node != nil
            node = GradNode("CopySlices", [node, value.node]) { g in
                var outside = g
                var inside = [Float](repeating: 0, count: needValue ? n : 0)
                region.forEachRun(in: shape) { from, to, len in
                    for k in 0..<len {
                        if needValue { inside[to + k] = outside[from + k] }
                        outside[from + k] = 0
                    }
                }
                return [outside, !needValue ? nil : sameValues ? inside : Broadcast.sum(inside, from: kept, to: vShape)]
            }
        }
        try writeThrough()
    }

    /// Two indices, the common case: no existential array, and 2-D tensors take the window path.
    public subscript<A: TensorIndex, B: TensorIndex>(_ a: A, _ b: B) -> Tensor {
        get { orTrap { try checkedSubscript(a.indexSpec, b.indexSpec) } }
        set { orTrap { try checkedSetSubscript(a.indexSpec, b.indexSpec, newValue) } }
    }

    public subscript(_ indices: TensorIndex...) -> Tensor {
        get { orTrap { try checkedSubscript(indices.map(\.indexSpec)) } }
        set { orTrap { try checkedSetSubscript(indices.map(\.indexSpec), newValue) } }
    }
}
