/// Single-precision matrix product C (m×n) += A (m×k) · B (k×n), row-major, register-blocked:
/// B is packed in 16-column strips and each 4×16 block of C stays in SIMD registers over k.
enum Gemm {
    static let rowBlock = 4, colBlock = 16, panel = 256

    static func multiply(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
                         m: Int, k: Int, n: Int) {
        guard m > 0, n > 0, k > 0 else { return }
        var packed = [Float](repeating: 0, count: k * panel)
        packed.withUnsafeMutableBufferPointer { pk in
            let pb = pk.baseAddress!
            var j0 = 0
            while j0 < n {
                let width = Swift.min(panel, n - j0)
                let strips = (width + colBlock - 1) / colBlock
                // pack B[:, j0..<j0+width] as strips of [k][16], zero-padding the last strip
                for s in 0..<strips {
                    let cols = Swift.min(colBlock, width - s * colBlock)
                    let dst = pb + s * k * colBlock
                    for p in 0..<k {
                        let src = b + p * n + j0 + s * colBlock
                        let row = dst + p * colBlock
                        if cols == colBlock {
                            store8(load8(src), row); store8(load8(src + 8), row + 8)
                        } else {
                            for t in 0..<colBlock { row[t] = t < cols ? src[t] : 0 }
                        }
                    }
                }
                var i = 0
                while i < m {
                    let rows = Swift.min(rowBlock, m - i)
                    for s in 0..<strips {
                        let cols = Swift.min(colBlock, width - s * colBlock)
                        block(a + i * k, k, pb + s * k * colBlock, c + i * n + j0 + s * colBlock, n, rows, cols)
                    }
                    i += rowBlock
                }
                j0 += width
            }
        }
    }

    @inline(__always)
    private static func block(_ a: UnsafePointer<Float>, _ k: Int, _ strip: UnsafePointer<Float>,
                              _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ rows: Int, _ cols: Int) {
        var c00 = SIMD8<Float>(), c01 = SIMD8<Float>(), c10 = SIMD8<Float>(), c11 = SIMD8<Float>()
        var c20 = SIMD8<Float>(), c21 = SIMD8<Float>(), c30 = SIMD8<Float>(), c31 = SIMD8<Float>()
        let a0 = a, a1 = a + (rows > 1 ? k : 0), a2 = a + (rows > 2 ? 2 * k : 0), a3 = a + (rows > 3 ? 3 * k : 0)
        for p in 0..<k {
            let b0 = load8(strip + p * 16), b1 = load8(strip + p * 16 + 8)
            let x0 = SIMD8<Float>(repeating: a0[p]), x1 = SIMD8<Float>(repeating: a1[p])
            let x2 = SIMD8<Float>(repeating: a2[p]), x3 = SIMD8<Float>(repeating: a3[p])
            c00 += x0 * b0; c01 += x0 * b1
            c10 += x1 * b0; c11 += x1 * b1
            c20 += x2 * b0; c21 += x2 * b1
            c30 += x3 * b0; c31 += x3 * b1
        }
        put(c00, c01, c, cols)
        if rows > 1 { put(c10, c11, c + ldc, cols) }
        if rows > 2 { put(c20, c21, c + 2 * ldc, cols) }
        if rows > 3 { put(c30, c31, c + 3 * ldc, cols) }
    }

    @inline(__always)
    private static func put(_ lo: SIMD8<Float>, _ hi: SIMD8<Float>, _ dst: UnsafeMutablePointer<Float>, _ cols: Int) {
        if cols == 16 {
            store8(load8(dst) + lo, dst); store8(load8(dst + 8) + hi, dst + 8)
        } else {
            for t in 0..<cols { dst[t] += t < 8 ? lo[t] : hi[t - 8] }
        }
    }
}
