#if arch(x86_64)
/// C (m×n) += A (m×k) · B (k×n), row-major, with 512-bit vectors: the matrix product behind the
/// batched `conv2d`. Compiled with AVX-512 enabled (see Package.swift) and called only after a
/// CPU check, like the AVX2 kernels. B is packed in 32-column strips, k in blocks small enough
/// that a strip stays in L1, and C is computed 8 rows × 32 columns at a time in 16 registers.
public enum AVX512Kernels {
    static let rowBlock = 8
    static let stripWidth = 32
    /// Columns of B packed at once (a panel of k-block × 512 floats stays in L2).
    static let panelWidth = 512
    /// Rows of B per pass: a 32-column strip of 256 rows is 32 KB, within L1.
    static let depthBlock = 256

    public static func gemm(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
                            m: Int, k: Int, n: Int) {
        guard m > 0, n > 0, k > 0 else { return }
        let packed = UnsafeMutablePointer<Float>.allocate(capacity: min(k, depthBlock) * panelWidth)
        defer { packed.deallocate() }
        var j0 = 0
        while j0 < n {
            let width = min(panelWidth, n - j0)
            let strips = (width + stripWidth - 1) / stripWidth
            var k0 = 0
            while k0 < k {
                let depth = min(depthBlock, k - k0)
                pack(b + k0 * n + j0, n, depth, width, strips, into: packed)
                var i = 0
                while i < m {
                    let rows = min(rowBlock, m - i)
                    for s in 0..<strips {
                        block(a + i * k + k0, k, depth, packed + s * depth * stripWidth,
                              c + i * n + j0 + s * stripWidth, n, rows, min(stripWidth, width - s * stripWidth))
                    }
                    i += rowBlock
                }
                k0 += depth
            }
            j0 += width
        }
    }

    /// Copies `depth` rows × `width` columns of B into 32-column strips, zero-padding the last.
    @inline(__always)
    static func pack(_ b: UnsafePointer<Float>, _ ldb: Int, _ depth: Int, _ width: Int, _ strips: Int,
                     into packed: UnsafeMutablePointer<Float>) {
        for s in 0..<strips {
            let cols = min(stripWidth, width - s * stripWidth)
            let strip = packed + s * depth * stripWidth
            for p in 0..<depth {
                let source = b + p * ldb + s * stripWidth, row = strip + p * stripWidth
                if cols == stripWidth {
                    row.update(from: source, count: stripWidth)
                } else {
                    for t in 0..<stripWidth { row[t] = t < cols ? source[t] : 0 }
                }
            }
        }
    }

    @inline(__always)
    static func load16(_ p: UnsafePointer<Float>) -> SIMD16<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Float>.self)
    }

    /// One block of up to 8 rows × 32 columns of C; rows past `rows` repeat the last row of A
    /// (valid memory) and are not stored.
    @inline(__always)
    static func block(_ a: UnsafePointer<Float>, _ lda: Int, _ depth: Int, _ strip: UnsafePointer<Float>,
                      _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ rows: Int, _ cols: Int) {
        let last = rows - 1
        let a0 = a, a1 = a + min(1, last) * lda, a2 = a + min(2, last) * lda, a3 = a + min(3, last) * lda
        let a4 = a + min(4, last) * lda, a5 = a + min(5, last) * lda, a6 = a + min(6, last) * lda, a7 = a + min(7, last) * lda
        var c00 = SIMD16<Float>(), c01 = SIMD16<Float>(), c10 = SIMD16<Float>(), c11 = SIMD16<Float>()
        var c20 = SIMD16<Float>(), c21 = SIMD16<Float>(), c30 = SIMD16<Float>(), c31 = SIMD16<Float>()
        var c40 = SIMD16<Float>(), c41 = SIMD16<Float>(), c50 = SIMD16<Float>(), c51 = SIMD16<Float>()
        var c60 = SIMD16<Float>(), c61 = SIMD16<Float>(), c70 = SIMD16<Float>(), c71 = SIMD16<Float>()
        for p in 0..<depth {
            let b0 = load16(strip + p * stripWidth), b1 = load16(strip + p * stripWidth + 16)
            let x0 = SIMD16<Float>(repeating: a0[p]), x1 = SIMD16<Float>(repeating: a1[p])
            c00 = c00.addingProduct(x0, b0); c01 = c01.addingProduct(x0, b1)
            c10 = c10.addingProduct(x1, b0); c11 = c11.addingProduct(x1, b1)
            let x2 = SIMD16<Float>(repeating: a2[p]), x3 = SIMD16<Float>(repeating: a3[p])
            c20 = c20.addingProduct(x2, b0); c21 = c21.addingProduct(x2, b1)
            c30 = c30.addingProduct(x3, b0); c31 = c31.addingProduct(x3, b1)
            let x4 = SIMD16<Float>(repeating: a4[p]), x5 = SIMD16<Float>(repeating: a5[p])
            c40 = c40.addingProduct(x4, b0); c41 = c41.addingProduct(x4, b1)
            c50 = c50.addingProduct(x5, b0); c51 = c51.addingProduct(x5, b1)
            let x6 = SIMD16<Float>(repeating: a6[p]), x7 = SIMD16<Float>(repeating: a7[p])
            c60 = c60.addingProduct(x6, b0); c61 = c61.addingProduct(x6, b1)
            c70 = c70.addingProduct(x7, b0); c71 = c71.addingProduct(x7, b1)
        }
        put(c00, c01, c, cols)
        if rows > 1 { put(c10, c11, c + ldc, cols) }
        if rows > 2 { put(c20, c21, c + 2 * ldc, cols) }
        if rows > 3 { put(c30, c31, c + 3 * ldc, cols) }
        if rows > 4 { put(c40, c41, c + 4 * ldc, cols) }
        if rows > 5 { put(c50, c51, c + 5 * ldc, cols) }
        if rows > 6 { put(c60, c61, c + 6 * ldc, cols) }
        if rows > 7 { put(c70, c71, c + 7 * ldc, cols) }
    }

    /// Adds one row of the block into C.
    @inline(__always)
    static func put(_ lo: SIMD16<Float>, _ hi: SIMD16<Float>, _ dst: UnsafeMutablePointer<Float>, _ cols: Int) {
        if cols == stripWidth {
            UnsafeMutableRawPointer(dst).storeBytes(of: load16(dst) + lo, as: SIMD16<Float>.self)
            UnsafeMutableRawPointer(dst + 16).storeBytes(of: load16(dst + 16) + hi, as: SIMD16<Float>.self)
        } else {
            for t in 0..<cols { dst[t] += t < 16 ? lo[t] : hi[t - 16] }
        }
    }
}
#endif
