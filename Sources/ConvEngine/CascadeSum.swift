/// Float32 summation in the same order as PyTorch's CPU `sum` (AVX2 build, one thread), so that
/// sums and means round exactly as torch's do and print the same digits.
///
/// The order, for a reduction of `len` elements (rows) per output:
/// - partial sums are cascaded over 4 levels: level 0 takes `2^p` rows at a time
///   (`p = max(4, ceilLog2(rows) / 4)`), then carries into level 1, which carries into level 2
///   every `2^p` level-0 blocks, and so on; the levels are added together at the end;
/// - a contiguous reduction runs on 8-float vectors, with 4 vectors interleaved
///   (vector `v` feeds accumulator `v % 4`), the scalar tail is added before the 8 lanes;
/// - a reduction over a non-contiguous axis runs the same cascade per output column,
///   8 or 32 columns at a time.
enum CascadeSum {
    /// Floats in one AVX2 vector.
    static let width = 8

    /// `ceil(log2(x))`, but 1 for `x <= 2` (torch's `CeilLog2`, which sets the level size).
    @inline(__always)
    static func ceilLog2(_ x: Int) -> Int {
        x <= 2 ? 1 : Int.bitWidth - (x - 1).leadingZeroBitCount
    }

    /// The 4-level cascade over `rows` rows; `row(i)` loads row `i` (a scalar, a vector or 4 of either).
    @inline(__always)
    static func cascade<A: CascadeSummand>(rows: Int, _ row: (Int) -> A) -> A {
        let power = Swift.max(4, ceilLog2(rows) / 4)
        let step = 1 << power, mask = step - 1
        var acc0 = A.zero, acc1 = A.zero, acc2 = A.zero, acc3 = A.zero
        var i = 0
        while i + step <= rows {
            for _ in 0..<step { acc0 = acc0 + row(i); i += 1 }
            // Carry upwards until the level whose block is not yet complete.
            acc1 = acc1 + acc0; acc0 = .zero
            if i & (mask << power) != 0 { continue }
            acc2 = acc2 + acc1; acc1 = .zero
            if i & (mask << (2 * power)) != 0 { continue }
            acc3 = acc3 + acc2; acc2 = .zero
        }
        while i < rows { acc0 = acc0 + row(i); i += 1 }
        return ((acc0 + acc1) + acc2) + acc3
    }

    /// Sum of `count` lanes spaced `stride` floats apart, 4 interleaved accumulators (torch's `row_sum`).
    @inline(__always)
    static func rowSum<L: CascadeLane>(_ p: UnsafePointer<Float>, stride: Int, count: Int, as: L.Type) -> L {
        let quads = count / 4
        var q = cascade(rows: quads) { r in
            let b = p + 4 * r * stride
            return Quad(L.load(b), L.load(b + stride), L.load(b + 2 * stride), L.load(b + 3 * stride))
        }
        for i in (quads * 4)..<count { q.a = q.a + L.load(p + i * stride) }
        return ((q.a + q.b) + q.c) + q.d
    }

    /// Sum of `n` contiguous floats.
    @inline(__always)
    static func contiguous(_ p: UnsafePointer<Float>, _ n: Int) -> Float {
        if n < width { return rowSum(p, stride: 1, count: n, as: Float.self) }
        if n < 4 * width { return short(p, n) }
        let vectors = n / width
        let v = rowSum(p, stride: width, count: vectors, as: SIMD8<Float>.self)
        // The scalar tail first, then the lanes in order.
        var s: Float = 0
        for k in (vectors * width)..<n { s += p[k] }
        for k in 0..<width { s += v[k] }
        return s
    }

    /// `contiguous` for 8 ..< 32 floats (a 3x3 window sits here), where the cascade has no full
    /// row of 4 vectors: the vectors simply add up in order. Kept apart because it is hot.
    @inline(__always)
    static func short(_ p: UnsafePointer<Float>, _ n: Int) -> Float {
        var v = SIMD8<Float>.load(p)
        var k = width
        while k + width <= n { v += SIMD8<Float>.load(p + k); k += width }
        var s: Float = 0
        while k < n { s += p[k]; k += 1 }
        return s + v[0] + v[1] + v[2] + v[3] + v[4] + v[5] + v[6] + v[7]
    }

    /// Column sums of a `rows` x `cols` row-major block (row stride `cols`) into `out[0..<cols]`.
    static func columns(_ p: UnsafePointer<Float>, rows: Int, cols: Int, into out: UnsafeMutablePointer<Float>) {
        var j = 0
        if cols >= width {
            // 4 vectors of columns share one cascade (no interleaving across rows).
            while j + 4 * width <= cols {
                let q = cascade(rows: rows) { r in
                    let b = p + r * cols + j
                    return Quad(SIMD8<Float>.load(b), .load(b + 8), .load(b + 16), .load(b + 24))
                }
                for l in 0..<width {
                    out[j + l] = 0 + q.a[l]; out[j + width + l] = 0 + q.b[l]
                    out[j + 2 * width + l] = 0 + q.c[l]; out[j + 3 * width + l] = 0 + q.d[l]
                }
                j += 4 * width
            }
            while j + width <= cols {
                let v = rowSum(p + j, stride: cols, count: rows, as: SIMD8<Float>.self)
                for l in 0..<width { out[j + l] = 0 + v[l] }
                j += width
            }
        } else {
            // Fewer columns than a vector: 4 scalar columns share one cascade.
            while j + 4 <= cols {
                let q = cascade(rows: rows) { r in
                    let b = p + r * cols + j
                    return Quad(b[0], b[1], b[2], b[3])
                }
                out[j] = 0 + q.a; out[j + 1] = 0 + q.b; out[j + 2] = 0 + q.c; out[j + 3] = 0 + q.d
                j += 4
            }
        }
        // The columns left over are summed one by one, interleaved over rows.
        while j < cols {
            out[j] = 0 + rowSum(p + j, stride: cols, count: rows, as: Float.self)
            j += 1
        }
    }

    /// Sums over the middle extent of a contiguous `outer` x `len` x `inner` buffer into `out`
    /// (`outer * inner` floats).
    static func axis(_ p: UnsafePointer<Float>, outer: Int, len: Int, inner: Int, into out: UnsafeMutablePointer<Float>) {
        for o in 0..<outer {
            let block = p + o * len * inner
            if len <= 1 {
                // Not a reduction (or an empty one): 0 + x, so -0 becomes +0 as in torch.
                for i in 0..<inner { out[o * inner + i] = len == 0 ? 0 : 0 + block[i] }
            } else if inner == 1 {
                out[o] = contiguous(block, len)
            } else {
                columns(block, rows: len, cols: inner, into: out + o * inner)
            }
        }
    }
}

/// What the cascade adds: a lane, or 4 lanes side by side.
protocol CascadeSummand {
    static var zero: Self { get }
    static func + (a: Self, b: Self) -> Self
}

/// A scalar or a vector of floats that can be loaded from memory.
protocol CascadeLane: CascadeSummand {
    static func load(_ p: UnsafePointer<Float>) -> Self
}

extension Float: CascadeLane {
    @inline(__always) static func load(_ p: UnsafePointer<Float>) -> Float { p.pointee }
}

extension SIMD8: CascadeSummand, CascadeLane where Scalar == Float {
    @inline(__always) static func load(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
    }
}

/// Four accumulators advanced together (torch's `nrows = 4` / ILP factor).
struct Quad<L: CascadeSummand>: CascadeSummand {
    var a, b, c, d: L
    @inline(__always) init(_ a: L, _ b: L, _ c: L, _ d: L) { self.a = a; self.b = b; self.c = c; self.d = d }
    static var zero: Quad { Quad(.zero, .zero, .zero, .zero) }
    @inline(__always) static func + (x: Quad, y: Quad) -> Quad { Quad(x.a + y.a, x.b + y.b, x.c + y.c, x.d + y.d) }
}
