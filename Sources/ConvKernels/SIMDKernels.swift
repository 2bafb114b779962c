/// Raw-pointer SIMD kernels. This file is compiled twice: as `ConvKernels` for the baseline CPU
/// and, through a symlink, as `ConvKernelsAVX2` with AVX2/FMA enabled; ConvEngine picks one at
/// run time. Correlation kernels never fuse multiply-adds, so both builds give identical results.

@inline(__always) func load8(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
}
@inline(__always) func store8(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD8<Float>.self)
}

public enum SIMDKernels {
    /// Output rows start..<end of the valid cross-correlation of x (rows of stride w) with k (kh×kw),
    /// each ow wide, written with row stride ldo;
    /// out[i, j] = 0 + x[i, j]k[0, 0] + x[i, j+1]k[0, 1] + ... (taps in row-major order).
    public static func correlateRows(_ x: UnsafePointer<Float>, _ w: Int, _ k: UnsafePointer<Float>,
                                     _ kh: Int, _ kw: Int, _ out: UnsafeMutablePointer<Float>, _ ow: Int,
                                     _ start: Int, _ end: Int, ldo: Int) {
        for i in start..<end {
            let o = out + i * ldo
            var j = 0
            while j + 32 <= ow {
                var c0 = SIMD8<Float>(), c1 = SIMD8<Float>(), c2 = SIMD8<Float>(), c3 = SIMD8<Float>()
                for a in 0..<kh {
                    let xr = x + (i + a) * w + j
                    for b in 0..<kw {
                        let kv = SIMD8<Float>(repeating: k[a * kw + b])
                        let p = xr + b
                        c0 = c0 + kv * load8(p); c1 = c1 + kv * load8(p + 8)
                        c2 = c2 + kv * load8(p + 16); c3 = c3 + kv * load8(p + 24)
                    }
                }
                store8(c0, o + j); store8(c1, o + j + 8); store8(c2, o + j + 16); store8(c3, o + j + 24)
                j += 32
            }
            while j + 8 <= ow {
                var c = SIMD8<Float>()
                for a in 0..<kh {
                    let xr = x + (i + a) * w + j
                    for b in 0..<kw { c = c + SIMD8<Float>(repeating: k[a * kw + b]) * load8(xr + b) }
                }
                store8(c, o + j)
                j += 8
            }
            while j < ow {
                var c: Float = 0
                for a in 0..<kh {
                    let xr = x + (i + a) * w + j
                    for b in 0..<kw { c = c + xr[b] * k[a * kw + b] }
                }
                o[j] = c
                j += 1
            }
        }
    }

    /// Partial kernel gradient over output rows start..<end: dk[a, b] = sum g[i, j] * x[i+a, j+b].
    /// Rows are the outer loop so the few input rows involved stay in cache.
    public static func kernelGradientRows(_ x: UnsafePointer<Float>, _ w: Int, _ g: UnsafePointer<Float>, _ ow: Int,
                                          _ kh: Int, _ kw: Int, _ start: Int, _ end: Int,
                                          _ dk: UnsafeMutablePointer<Float>) {
        let taps = kh * kw
        let acc = UnsafeMutablePointer<SIMD8<Float>>.allocate(capacity: taps * 2)
        acc.initialize(repeating: SIMD8<Float>(), count: taps * 2)
        defer { acc.deallocate() }
        var tail = [Float](repeating: 0, count: taps)
        let full = ow / 16 * 16
        for i in start..<end {
            let gr = g + i * ow
            for a in 0..<kh { for b in 0..<kw {
                let t = a * kw + b
                let xr = x + (i + a) * w + b
                var s0 = acc[2 * t], s1 = acc[2 * t + 1]
                var j = 0
                while j < full {
                    s0 = s0 + load8(gr + j) * load8(xr + j)
                    s1 = s1 + load8(gr + j + 8) * load8(xr + j + 8)
                    j += 16
                }
                acc[2 * t] = s0; acc[2 * t + 1] = s1
                var r: Float = 0
                while j < ow { r = r + gr[j] * xr[j]; j += 1 }
                tail[t] += r
            } }
        }
        for t in 0..<taps { dk[t] = (acc[2 * t] + acc[2 * t + 1]).sum() + tail[t] }
    }

    /// C (m×n) += A (m×k) · B (k×n), row-major; B packed in 16-column strips, 4×16 blocks of C in registers.
    public static func gemm(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
                            m: Int, k: Int, n: Int) {
        guard m > 0, n > 0, k > 0 else { return }
        let panel = 256
        let pb = UnsafeMutablePointer<Float>.allocate(capacity: k * panel)
        defer { pb.deallocate() }
        var j0 = 0
        while j0 < n {
            let width = Swift.min(panel, n - j0)
            let strips = (width + 15) / 16
            for s in 0..<strips {
                let cols = Swift.min(16, width - s * 16)
                let dst = pb + s * k * 16
                for p in 0..<k {
                    let src = b + p * n + j0 + s * 16
                    let row = dst + p * 16
                    if cols == 16 {
                        store8(load8(src), row); store8(load8(src + 8), row + 8)
                    } else {
                        for t in 0..<16 { row[t] = t < cols ? src[t] : 0 }
                    }
                }
            }
            var i = 0
            while i < m {
                let rows = Swift.min(4, m - i)
                for s in 0..<strips {
                    block(a + i * k, k, pb + s * k * 16, c + i * n + j0 + s * 16, n, rows, Swift.min(16, width - s * 16))
                }
                i += 4
            }
            j0 += width
        }
    }

    @inline(__always)
    static func madd(_ acc: SIMD8<Float>, _ x: SIMD8<Float>, _ y: SIMD8<Float>) -> SIMD8<Float> {
        #if FUSED_MULTIPLY_ADD
        return acc.addingProduct(x, y)
        #else
        return acc + x * y
        #endif
    }

    @inline(__always)
    static func block(_ a: UnsafePointer<Float>, _ k: Int, _ strip: UnsafePointer<Float>,
                      _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ rows: Int, _ cols: Int) {
        var c00 = SIMD8<Float>(), c01 = SIMD8<Float>(), c10 = SIMD8<Float>(), c11 = SIMD8<Float>()
        var c20 = SIMD8<Float>(), c21 = SIMD8<Float>(), c30 = SIMD8<Float>(), c31 = SIMD8<Float>()
        let a0 = a, a1 = a + (rows > 1 ? k : 0), a2 = a + (rows > 2 ? 2 * k : 0), a3 = a + (rows > 3 ? 3 * k : 0)
        for p in 0..<k {
            let b0 = load8(strip + p * 16), b1 = load8(strip + p * 16 + 8)
            let x0 = SIMD8<Float>(repeating: a0[p]), x1 = SIMD8<Float>(repeating: a1[p])
            let x2 = SIMD8<Float>(repeating: a2[p]), x3 = SIMD8<Float>(repeating: a3[p])
            c00 = madd(c00, x0, b0); c01 = madd(c01, x0, b1)
            c10 = madd(c10, x1, b0); c11 = madd(c11, x1, b1)
            c20 = madd(c20, x2, b0); c21 = madd(c21, x2, b1)
            c30 = madd(c30, x3, b0); c31 = madd(c31, x3, b1)
        }
        put(c00, c01, c, cols)
        if rows > 1 { put(c10, c11, c + ldc, cols) }
        if rows > 2 { put(c20, c21, c + 2 * ldc, cols) }
        if rows > 3 { put(c30, c31, c + 3 * ldc, cols) }
    }

    @inline(__always)
    static func put(_ lo: SIMD8<Float>, _ hi: SIMD8<Float>, _ dst: UnsafeMutablePointer<Float>, _ cols: Int) {
        if cols == 16 {
            store8(load8(dst) + lo, dst); store8(load8(dst + 8) + hi, dst + 8)
        } else {
            for t in 0..<cols { dst[t] += t < 8 ? lo[t] : hi[t - 8] }
        }
    }
}
