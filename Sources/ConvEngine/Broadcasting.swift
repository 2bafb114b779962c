/// NumPy/torch broadcasting of row-major buffers.
enum Broadcast {
    static func shape(_ a: [Int], _ b: [Int]) throws -> [Int] {
        if a == b { return a }
        let n = max(a.count, b.count)
        var out = [Int](repeating: 1, count: n)
        for i in 0..<n {
            let da = i < n - a.count ? 1 : a[i - (n - a.count)]
            let db = i < n - b.count ? 1 : b[i - (n - b.count)]
            if da == db || db == 1 { out[i] = da } else if da == 1 { out[i] = db } else {
                throw TensorError.shapeMismatch("cannot broadcast \(a) with \(b)")
            }
        }
        return out
    }

    /// Strides for reading a buffer of `shape` as if it had `outShape` (0 on broadcast axes).
    static func strides(of shape: [Int], in outShape: [Int]) -> [Int] {
        let own = Tensor.strides(of: shape)
        let lead = outShape.count - shape.count
        return (0..<outShape.count).map { i in
            i < lead || shape[i - lead] == 1 ? 0 : own[i - lead]
        }
    }

    /// `f` applied pairwise after broadcasting; `out` has `outShape`'s element count.
    @inline(__always)
    static func apply(_ a: [Float], _ aShape: [Int], _ b: [Float], _ bShape: [Int], _ outShape: [Int],
                      into out: UnsafeMutableBufferPointer<Float>, _ f: (Float, Float) -> Float) {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in apply(pa, aShape, pb, bShape, outShape, into: out, f) }
        }
    }

    @inline(__always)
    static func apply(_ pa: UnsafeBufferPointer<Float>, _ aShape: [Int], _ pb: UnsafeBufferPointer<Float>,
                      _ bShape: [Int], _ outShape: [Int],
                      into out: UnsafeMutableBufferPointer<Float>, _ f: (Float, Float) -> Float) {
        let n = out.count
        if pa.count == n && pb.count == n {
            for i in 0..<n { out[i] = f(pa[i], pb[i]) }
        } else if pb.count == 1 && pa.count == n {
            let s = pb[0]
            for i in 0..<n { out[i] = f(pa[i], s) }
        } else if pa.count == 1 && pb.count == n {
            let s = pa[0]
            for i in 0..<n { out[i] = f(s, pb[i]) }
        } else {
            general(pa, aShape, pb, bShape, outShape, out, f)
        }
    }

    @inline(__always)
    private static func general(_ pa: UnsafeBufferPointer<Float>, _ aShape: [Int],
                                _ pb: UnsafeBufferPointer<Float>, _ bShape: [Int], _ outShape: [Int],
                                _ out: UnsafeMutableBufferPointer<Float>, _ f: (Float, Float) -> Float) {
        let rank = outShape.count
        let sa = strides(of: aShape, in: outShape), sb = strides(of: bShape, in: outShape)
        guard rank > 0, out.count > 0 else { if out.count == 1 { out[0] = f(pa[0], pb[0]) }; return }
        var index = [Int](repeating: 0, count: rank)
        var ia = 0, ib = 0
        let last = rank - 1, inner = outShape[last], saL = sa[last], sbL = sb[last]
        var o = 0
        while o < out.count {
            var x = ia, y = ib
            for _ in 0..<inner { out[o] = f(pa[x], pb[y]); o += 1; x += saL; y += sbL }
            // advance the odometer over the outer axes
            var d = last - 1
            while d >= 0 {
                index[d] += 1; ia += sa[d]; ib += sb[d]
                if index[d] < outShape[d] { break }
                ia -= sa[d] * index[d]; ib -= sb[d] * index[d]; index[d] = 0
                d -= 1
            }
            if d < 0 { break }
        }
    }

    /// `outShape` as (kept, summed, kept) extents when the axes summed to reach `shape` are one
    /// run once size-1 axes are dropped (torch then sums them as one axis); nil otherwise.
    static func summedBlock(from outShape: [Int], to shape: [Int]) -> (Int, Int, Int)? {
        let lead = outShape.count - shape.count
        guard lead >= 0 else { return nil }
        var outer = 1, len = 1, inner = 1, phase = 0
        for (i, d) in outShape.enumerated() where d != 1 {
            let summed = i < lead || shape[i - lead] == 1
            switch (phase, summed) {
            case (0, false): outer *= d
            case (0, true), (1, true): phase = 1; len *= d
            case (1, false), (2, false): phase = 2; inner *= d
            default: return nil
            }
        }
        return (outer, len, inner)
    }

    /// `outShape` as (summed, kept, summed) extents when the summed axes are two runs around
    /// one kept run (size-1 axes dropped); nil otherwise.
    static func summedAround(from outShape: [Int], to shape: [Int]) -> (Int, Int, Int)? {
        let lead = outShape.count - shape.count
        guard lead >= 0 else { return nil }
        var extents = [1, 1, 1], phase = 0
        for (i, d) in outShape.enumerated() where d != 1 {
            let summed = i < lead || shape[i - lead] == 1
            if summed != (phase % 2 == 0) { phase += 1 }
            guard phase < 3 else { return nil }
            extents[phase] *= d
        }
        return phase == 2 ? (extents[0], extents[1], extents[2]) : nil
    }

    /// Sums a gradient of `outShape` down to `shape` (the reverse of broadcasting).
    /// When the summed axes form one block (everything, leading or trailing axes: the usual cases)
    /// the sum runs in torch's order, so gradients of broadcast operands round as torch's.
    static func sum(_ g: [Float], from outShape: [Int], to shape: [Int]) -> [Float] {
        if outShape == shape { return g }
        let n = shape.reduce(1, *)
        var result = [Float](repeating: 0, count: n)
        if let (outer, len, inner) = summedBlock(from: outShape, to: shape), outer * inner == n {
            g.withUnsafeBufferPointer { src in
                result.withUnsafeMutableBufferPointer { dst in
                    guard let s = src.baseAddress, let d = dst.baseAddress else { return }
                    CascadeSum.axis(s, outer: outer, len: len, inner: inner, into: d)
                }
            }
            return result
        }
        if let (outer, kept, inner) = summedAround(from: outShape, to: shape), kept == n {
            // Torch sums each inner run in its order, then adds the runs up one after another.
            g.withUnsafeBufferPointer { src in
                guard let p = src.baseAddress else { return }
                for o in 0..<outer { for k in 0..<kept {
                    result[k] += CascadeSum.contiguous(p + (o * kept + k) * inner, inner)
                } }
            }
            return result
        }
        let st = strides(of: shape, in: outShape)
        var index = [Int](repeating: 0, count: outShape.count)
        var target = 0
        for v in g {
            result[target] += v
            var d = outShape.count - 1
            while d >= 0 {
                index[d] += 1; target += st[d]
                if index[d] < outShape[d] { break }
                target -= st[d] * index[d]; index[d] = 0
                d -= 1
            }
        }
        return result
    }
}
