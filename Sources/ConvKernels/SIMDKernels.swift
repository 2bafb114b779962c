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
        correlate(x, w, k, kh, kw, out, ow, start, end, ldo, fused: false)
    }

    /// The same with fused multiply-adds where the build has them: for gradients, which need
    /// no bit-parity with torch's per-window sums.
    public static func correlateRowsFused(_ x: UnsafePointer<Float>, _ w: Int, _ k: UnsafePointer<Float>,
                                          _ kh: Int, _ kw: Int, _ out: UnsafeMutablePointer<Float>, _ ow: Int,
                                          _ start: Int, _ end: Int, ldo: Int) {
        correlate(x, w, k, kh, kw, out, ow, start, end, ldo, fused: true)
    }

    @inline(__always)
    static func mac(_ acc: SIMD8<Float>, _ x: SIMD8<Float>, _ y: SIMD8<Float>, _ fused: Bool) -> SIMD8<Float> {
        fused ? madd(acc, x, y) : acc + x * y
    }

    @inline(__always)
    static func correlate(_ x: UnsafePointer<Float>, _ w: Int, _ k: UnsafePointer<Float>,
                          _ kh: Int, _ kw: Int, _ out: UnsafeMutablePointer<Float>, _ ow: Int,
                          _ start: Int, _ end: Int, _ ldo: Int, fused: Bool) {
        for i in start..<end {
            let o = out + i * ldo
            var j = kh == 3 && kw == 3 ? row3x3(x + i * w, w, k, o, ow, fused) : 0
            // 64 outputs at a time: eight independent accumulator chains hide the add latency
            while j + 64 <= ow {
                var c0 = SIMD8<Float>(), c1 = SIMD8<Float>(), c2 = SIMD8<Float>(), c3 = SIMD8<Float>()
                var c4 = SIMD8<Float>(), c5 = SIMD8<Float>(), c6 = SIMD8<Float>(), c7 = SIMD8<Float>()
                for a in 0..<kh {
                    let xr = x + (i + a) * w + j
                    let kr = k + a * kw
                    for b in 0..<kw {
                        let kv = SIMD8<Float>(repeating: kr[b])
                        let p = xr + b
                        c0 = mac(c0, kv, load8(p), fused); c1 = mac(c1, kv, load8(p + 8), fused)
                        c2 = mac(c2, kv, load8(p + 16), fused); c3 = mac(c3, kv, load8(p + 24), fused)
                        c4 = mac(c4, kv, load8(p + 32), fused); c5 = mac(c5, kv, load8(p + 40), fused)
                        c6 = mac(c6, kv, load8(p + 48), fused); c7 = mac(c7, kv, load8(p + 56), fused)
                    }
                }
                store8(c0, o + j); store8(c1, o + j + 8); store8(c2, o + j + 16); store8(c3, o + j + 24)
                store8(c4, o + j + 32); store8(c5, o + j + 40); store8(c6, o + j + 48); store8(c7, o + j + 56)
                j += 64
            }
            while j + 32 <= ow {
                var c0 = SIMD8<Float>(), c1 = SIMD8<Float>(), c2 = SIMD8<Float>(), c3 = SIMD8<Float>()
                for a in 0..<kh {
                    let xr = x + (i + a) * w + j
                    for b in 0..<kw {
                        let kv = SIMD8<Float>(repeating: k[a * kw + b])
                        let p = xr + b
                        c0 = mac(c0, kv, load8(p), fused); c1 = mac(c1, kv, load8(p + 8), fused)
                        c2 = mac(c2, kv, load8(p + 16), fused); c3 = mac(c3, kv, load8(p + 24), fused)
                    }
                }
                store8(c0, o + j); store8(c1, o + j + 8); store8(c2, o + j + 16); store8(c3, o + j + 24)
                j += 32
            }
            while j + 8 <= ow {
                var c = SIMD8<Float>()
                for a in 0..<kh {
                    let xr = x + (i + a) * w + j
                    for b in 0..<kw { c = mac(c, SIMD8<Float>(repeating: k[a * kw + b]), load8(xr + b), fused) }
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

    /// 3×3 kernels: the nine taps stay in registers and the tap loops are unrolled; returns how
    /// many outputs of the row were written (a multiple of 64). Same tap order as the generic loop.
    @inline(__always)
    static func row3x3(_ x: UnsafePointer<Float>, _ w: Int, _ k: UnsafePointer<Float>,
                       _ o: UnsafeMutablePointer<Float>, _ ow: Int, _ fused: Bool) -> Int {
        let k0 = SIMD8<Float>(repeating: k[0]), k1 = SIMD8<Float>(repeating: k[1]), k2 = SIMD8<Float>(repeating: k[2])
        let k3 = SIMD8<Float>(repeating: k[3]), k4 = SIMD8<Float>(repeating: k[4]), k5 = SIMD8<Float>(repeating: k[5])
        let k6 = SIMD8<Float>(repeating: k[6]), k7 = SIMD8<Float>(repeating: k[7]), k8 = SIMD8<Float>(repeating: k[8])
        let r0 = x, r1 = x + w, r2 = x + 2 * w
        var j = 0
        while j + 64 <= ow {
            var c = (SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>(),
                     SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>())
            @inline(__always) func tap(_ p: UnsafePointer<Float>, _ kv: SIMD8<Float>) {
                c.0 = mac(c.0, kv, load8(p), fused); c.1 = mac(c.1, kv, load8(p + 8), fused)
                c.2 = mac(c.2, kv, load8(p + 16), fused); c.3 = mac(c.3, kv, load8(p + 24), fused)
                c.4 = mac(c.4, kv, load8(p + 32), fused); c.5 = mac(c.5, kv, load8(p + 40), fused)
                c.6 = mac(c.6, kv, load8(p + 48), fused); c.7 = mac(c.7, kv, load8(p + 56), fused)
            }
            tap(r0 + j, k0); tap(r0 + j + 1, k1); tap(r0 + j + 2, k2)
            tap(r1 + j, k3); tap(r1 + j + 1, k4); tap(r1 + j + 2, k5)
            tap(r2 + j, k6); tap(r2 + j + 1, k7); tap(r2 + j + 2, k8)
            store8(c.0, o + j); store8(c.1, o + j + 8); store8(c.2, o + j + 16); store8(c.3, o + j + 24)
            store8(c.4, o + j + 32); store8(c.5, o + j + 40); store8(c.6, o + j + 48); store8(c.7, o + j + 56)
            j += 64
        }
        return j
    }

    /// Partial kernel gradient over output rows start..<end: dk[a, b] = sum g[i, j] * x[i+a, j+b].
    /// Rows are the outer loop so the few input rows involved stay in cache, and up to four
    /// taps of a kernel row share each load of g.
    public static func kernelGradientRows(_ x: UnsafePointer<Float>, _ w: Int, _ g: UnsafePointer<Float>, _ ow: Int,
                                          _ kh: Int, _ kw: Int, _ start: Int, _ end: Int,
                                          _ dk: UnsafeMutablePointer<Float>) {
        let taps = kh * kw
        let acc = UnsafeMutablePointer<SIMD8<Float>>.allocate(capacity: taps)
        acc.initialize(repeating: SIMD8<Float>(), count: taps)
        let tail = UnsafeMutablePointer<Float>.allocate(capacity: taps)
        tail.initialize(repeating: 0, count: taps)
        defer { acc.deallocate(); tail.deallocate() }
        let full = ow / 8 * 8
        for i in start..<end {
            let gr = g + i * ow
            if kh == 3 && kw == 3 {
                // the common 3×3 case: one pass over g per row, nine taps in registers
                let r0 = x + i * w, r1 = r0 + w, r2 = r1 + w
                let j = dotRun3x3(gr, r0, r0 + 1, r0 + 2, r1, r1 + 1, r1 + 2, r2, r2 + 1, r2 + 2, full, acc)
                for t in 0..<9 {
                    let xr = x + (i + t / 3) * w + t % 3
                    var r: Float = 0
                    for jj in j..<ow { r = r + gr[jj] * xr[jj] }
                    tail[t] += r
                }
                continue
            }
            for a in 0..<kh {
                var b0 = 0
                while b0 < kw {
                    let nb = Swift.min(4, kw - b0)
                    let t = a * kw + b0
                    let x0 = x + (i + a) * w + b0
                    var j = 0
                    switch nb {
                    case 4: j = dotRun4(gr, x0, x0 + 1, x0 + 2, x0 + 3, full, acc + t)
                    case 3: j = dotRun3(gr, x0, x0 + 1, x0 + 2, full, acc + t)
                    case 2: j = dotRun2(gr, x0, x0 + 1, full, acc + t)
                    default: j = dotRun1(gr, x0, full, acc + t)
                    }
                    while j < ow {
                        for d in 0..<nb { tail[t + d] += gr[j] * x0[d + j] }
                        j += 1
                    }
                    b0 += nb
                }
            }
        }
        for t in 0..<taps { dk[t] = acc[t].sum() + tail[t] }
    }

    /// Adds sum over j < full of g[j] * x_t[j] into acc[t] for the nine taps of a 3×3 kernel.
    @inline(never)
    static func dotRun3x3(_ g: UnsafePointer<Float>, _ x0: UnsafePointer<Float>, _ x1: UnsafePointer<Float>, _ x2: UnsafePointer<Float>, _ x3: UnsafePointer<Float>, _ x4: UnsafePointer<Float>, _ x5: UnsafePointer<Float>, _ x6: UnsafePointer<Float>, _ x7: UnsafePointer<Float>, _ x8: UnsafePointer<Float>, _ full: Int,
                          _ acc: UnsafeMutablePointer<SIMD8<Float>>) -> Int {
        var s0 = SIMD8<Float>()
        var s1 = SIMD8<Float>()
        var s2 = SIMD8<Float>()
        var s3 = SIMD8<Float>()
        var s4 = SIMD8<Float>()
        var s5 = SIMD8<Float>()
        var s6 = SIMD8<Float>()
        var s7 = SIMD8<Float>()
        var s8 = SIMD8<Float>()
        var j = 0
        while j < full {
            let gv = load8(g + j)
            s0 = madd(s0, gv, load8(x0 + j))
            s1 = madd(s1, gv, load8(x1 + j))
            s2 = madd(s2, gv, load8(x2 + j))
            s3 = madd(s3, gv, load8(x3 + j))
            s4 = madd(s4, gv, load8(x4 + j))
            s5 = madd(s5, gv, load8(x5 + j))
            s6 = madd(s6, gv, load8(x6 + j))
            s7 = madd(s7, gv, load8(x7 + j))
            s8 = madd(s8, gv, load8(x8 + j))
            j += 8
        }
        acc[0] = acc[0] + s0
        acc[1] = acc[1] + s1
        acc[2] = acc[2] + s2
        acc[3] = acc[3] + s3
        acc[4] = acc[4] + s4
        acc[5] = acc[5] + s5
        acc[6] = acc[6] + s6
        acc[7] = acc[7] + s7
        acc[8] = acc[8] + s8
        return full
    }

    /// Adds sum over j < full of g[j] * x[d + j] into acc[d] for d < 1; returns full.
    /// Not inlined, and given one pointer per tap, so the optimiser cannot turn the overlapping
    /// loads into shuffles (which made this loop slower).
    @inline(never)
    static func dotRun1(_ g: UnsafePointer<Float>, _ x0: UnsafePointer<Float>, _ full: Int,
                         _ acc: UnsafeMutablePointer<SIMD8<Float>>) -> Int {
        var s0a = SIMD8<Float>(), s0b = SIMD8<Float>()
        var j = 0
        while j + 16 <= full {
            let ga = load8(g + j), gb = load8(g + j + 8)
            s0a = madd(s0a, ga, load8(x0 + j)); s0b = madd(s0b, gb, load8(x0 + j + 8))
            j += 16
        }
        while j < full {
            let ga = load8(g + j)
            s0a = madd(s0a, ga, load8(x0 + j))
            j += 8
        }
        acc[0] = acc[0] + (s0a + s0b)
        return full
    }

    /// Adds sum over j < full of g[j] * x[d + j] into acc[d] for d < 2; returns full.
    /// Not inlined, and given one pointer per tap, so the optimiser cannot turn the overlapping
    /// loads into shuffles (which made this loop slower).
    @inline(never)
    static func dotRun2(_ g: UnsafePointer<Float>, _ x0: UnsafePointer<Float>, _ x1: UnsafePointer<Float>, _ full: Int,
                         _ acc: UnsafeMutablePointer<SIMD8<Float>>) -> Int {
        var s0a = SIMD8<Float>(), s0b = SIMD8<Float>()
        var s1a = SIMD8<Float>(), s1b = SIMD8<Float>()
        var j = 0
        while j + 16 <= full {
            let ga = load8(g + j), gb = load8(g + j + 8)
            s0a = madd(s0a, ga, load8(x0 + j)); s0b = madd(s0b, gb, load8(x0 + j + 8))
            s1a = madd(s1a, ga, load8(x1 + j)); s1b = madd(s1b, gb, load8(x1 + j + 8))
            j += 16
        }
        while j < full {
            let ga = load8(g + j)
            s0a = madd(s0a, ga, load8(x0 + j))
            s1a = madd(s1a, ga, load8(x1 + j))
            j += 8
        }
        acc[0] = acc[0] + (s0a + s0b)
        acc[1] = acc[1] + (s1a + s1b)
        return full
    }

    /// Adds sum over j < full of g[j] * x[d + j] into acc[d] for d < 3; returns full.
    /// Not inlined, and given one pointer per tap, so the optimiser cannot turn the overlapping
    /// loads into shuffles (which made this loop slower).
    @inline(never)
    static func dotRun3(_ g: UnsafePointer<Float>, _ x0: UnsafePointer<Float>, _ x1: UnsafePointer<Float>, _ x2: UnsafePointer<Float>, _ full: Int,
                         _ acc: UnsafeMutablePointer<SIMD8<Float>>) -> Int {
        var s0a = SIMD8<Float>(), s0b = SIMD8<Float>()
        var s1a = SIMD8<Float>(), s1b = SIMD8<Float>()
        var s2a = SIMD8<Float>(), s2b = SIMD8<Float>()
        var j = 0
        while j + 16 <= full {
            let ga = load8(g + j), gb = load8(g + j + 8)
            s0a = madd(s0a, ga, load8(x0 + j)); s0b = madd(s0b, gb, load8(x0 + j + 8))
            s1a = madd(s1a, ga, load8(x1 + j)); s1b = madd(s1b, gb, load8(x1 + j + 8))
            s2a = madd(s2a, ga, load8(x2 + j)); s2b = madd(s2b, gb, load8(x2 + j + 8))
            j += 16
        }
        while j < full {
            let ga = load8(g + j)
            s0a = madd(s0a, ga, load8(x0 + j))
            s1a = madd(s1a, ga, load8(x1 + j))
            s2a = madd(s2a, ga, load8(x2 + j))
            j += 8
        }
        acc[0] = acc[0] + (s0a + s0b)
        acc[1] = acc[1] + (s1a + s1b)
        acc[2] = acc[2] + (s2a + s2b)
        return full
    }

    /// Adds sum over j < full of g[j] * x[d + j] into acc[d] for d < 4; returns full.
    /// Not inlined, and given one pointer per tap, so the optimiser cannot turn the overlapping
    /// loads into shuffles (which made this loop slower).
    @inline(never)
    static func dotRun4(_ g: UnsafePointer<Float>, _ x0: UnsafePointer<Float>, _ x1: UnsafePointer<Float>, _ x2: UnsafePointer<Float>, _ x3: UnsafePointer<Float>, _ full: Int,
                         _ acc: UnsafeMutablePointer<SIMD8<Float>>) -> Int {
        var s0a = SIMD8<Float>(), s0b = SIMD8<Float>()
        var s1a = SIMD8<Float>(), s1b = SIMD8<Float>()
        var s2a = SIMD8<Float>(), s2b = SIMD8<Float>()
        var s3a = SIMD8<Float>(), s3b = SIMD8<Float>()
        var j = 0
        while j + 16 <= full {
            let ga = load8(g + j), gb = load8(g + j + 8)
            s0a = madd(s0a, ga, load8(x0 + j)); s0b = madd(s0b, gb, load8(x0 + j + 8))
            s1a = madd(s1a, ga, load8(x1 + j)); s1b = madd(s1b, gb, load8(x1 + j + 8))
            s2a = madd(s2a, ga, load8(x2 + j)); s2b = madd(s2b, gb, load8(x2 + j + 8))
            s3a = madd(s3a, ga, load8(x3 + j)); s3b = madd(s3b, gb, load8(x3 + j + 8))
            j += 16
        }
        while j < full {
            let ga = load8(g + j)
            s0a = madd(s0a, ga, load8(x0 + j))
            s1a = madd(s1a, ga, load8(x1 + j))
            s2a = madd(s2a, ga, load8(x2 + j))
            s3a = madd(s3a, ga, load8(x3 + j))
            j += 8
        }
        acc[0] = acc[0] + (s0a + s0b)
        acc[1] = acc[1] + (s1a + s1b)
        acc[2] = acc[2] + (s2a + s2b)
        acc[3] = acc[3] + (s3a + s3b)
        return full
    }

    /// Rows of C kept in registers per block: 6×16 fills the sixteen AVX2 registers; the
    /// baseline build (eight SSE registers' worth) uses 4×16.
    #if AVX2_BUILD
    static let rowBlock = 6
    #else
    static let rowBlock = 4
    #endif

    /// C (m×n) += A (m×k) · B (k×n), row-major; B packed in 16-column strips, rowBlock×16 blocks of C in registers.
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
                let rows = Swift.min(rowBlock, m - i)
                for s in 0..<strips {
                    block(a + i * k, k, pb + s * k * 16, c + i * n + j0 + s * 16, n, rows, Swift.min(16, width - s * 16))
                }
                i += rowBlock
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

    /// One block of up to rowBlock rows × 16 columns of C; rows past `rows` repeat the last row
    /// of A (valid memory) and are not stored.
    @inline(__always)
    static func block(_ a: UnsafePointer<Float>, _ k: Int, _ strip: UnsafePointer<Float>,
                      _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ rows: Int, _ cols: Int) {
        var c00 = SIMD8<Float>(), c01 = SIMD8<Float>(), c10 = SIMD8<Float>(), c11 = SIMD8<Float>()
        var c20 = SIMD8<Float>(), c21 = SIMD8<Float>(), c30 = SIMD8<Float>(), c31 = SIMD8<Float>()
        let a0 = a, a1 = a + Swift.min(1, rows - 1) * k, a2 = a + Swift.min(2, rows - 1) * k, a3 = a + Swift.min(3, rows - 1) * k
        #if AVX2_BUILD
        var c40 = SIMD8<Float>(), c41 = SIMD8<Float>(), c50 = SIMD8<Float>(), c51 = SIMD8<Float>()
        let a4 = a + Swift.min(4, rows - 1) * k, a5 = a + Swift.min(5, rows - 1) * k
        #endif
        for p in 0..<k {
            let b0 = load8(strip + p * 16), b1 = load8(strip + p * 16 + 8)
            let x0 = SIMD8<Float>(repeating: a0[p]), x1 = SIMD8<Float>(repeating: a1[p])
            c00 = madd(c00, x0, b0); c01 = madd(c01, x0, b1)
            c10 = madd(c10, x1, b0); c11 = madd(c11, x1, b1)
            let x2 = SIMD8<Float>(repeating: a2[p]), x3 = SIMD8<Float>(repeating: a3[p])
            c20 = madd(c20, x2, b0); c21 = madd(c21, x2, b1)
            c30 = madd(c30, x3, b0); c31 = madd(c31, x3, b1)
            #if AVX2_BUILD
            let x4 = SIMD8<Float>(repeating: a4[p]), x5 = SIMD8<Float>(repeating: a5[p])
            c40 = madd(c40, x4, b0); c41 = madd(c41, x4, b1)
            c50 = madd(c50, x5, b0); c51 = madd(c51, x5, b1)
            #endif
        }
        put(c00, c01, c, cols)
        if rows > 1 { put(c10, c11, c + ldc, cols) }
        if rows > 2 { put(c20, c21, c + 2 * ldc, cols) }
        if rows > 3 { put(c30, c31, c + 3 * ldc, cols) }
        #if AVX2_BUILD
        if rows > 4 { put(c40, c41, c + 4 * ldc, cols) }
        if rows > 5 { put(c50, c51, c + 5 * ldc, cols) }
        #endif
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
