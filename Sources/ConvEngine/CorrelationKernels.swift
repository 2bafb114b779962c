import Dispatch
import Foundation

/// Engine-wide tuning knobs.
public enum EngineConfig {
    /// Threads used by the large kernels (bands run through DispatchQueue.concurrentPerform).
    nonisolated(unsafe) public static var threadCount = System.coreCount
    /// Below this many output elements a kernel stays on the calling thread.
    public static let parallelThreshold = 1 << 20
    /// Output pixels per im2col block in `conv2d`'s forward pass: a multiple of the matrix
    /// product's 32-column strips, small enough that a block's columns stay in L2 (64 input
    /// channels × 3×3 × 256 pixels is 590 KB). Tests set it small to split rows across blocks.
    nonisolated(unsafe) static var conv2dPixelBlock = 256
}

enum System {
    static var coreCount: Int {
        Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
    }
}

/// Runs `body(start, end)` over `0..<n` split into contiguous bands, in parallel when worthwhile.
func parallelBands(_ n: Int, work: Int, _ body: (Int, Int) -> Void) {
    let threads = Swift.min(EngineConfig.threadCount, n)
    if threads <= 1 || work < EngineConfig.parallelThreshold {
        body(0, n)
        return
    }
    let bands = threads * 4
    let per = (n + bands - 1) / bands
    DispatchQueue.concurrentPerform(iterations: bands) { b in
        let s = b * per, e = Swift.min(n, s + per)
        if s < e { body(s, e) }
    }
}


/// Valid 2-D cross-correlation kernels on raw row-major buffers.
enum Correlation {
    /// out[i, j] = sum over (a, b) in row-major order of x[i + a, j + b] * k[a, b].
    /// Taps are added one at a time starting from zero, the order torch's per-window sum uses.
    static func forward(_ x: UnsafePointer<Float>, _ h: Int, _ w: Int,
                        _ k: UnsafePointer<Float>, _ kh: Int, _ kw: Int,
                        _ out: UnsafeMutablePointer<Float>, ldo: Int? = nil, fused: Bool = false) {
        let oh = h - kh + 1, ow = w - kw + 1
        guard oh > 0, ow > 0 else { return }
        parallelBands(oh, work: oh * ow * kh * kw) { start, end in
            KernelDispatch.correlateRows(x, w, k, kh, kw, out, ow, start, end, ldo: ldo ?? ow, fused: fused)
        }
    }

    /// dK[a, b] = sum over (i, j) of dY[i, j] * x[i + a, j + b], partial sums per band.
    static func kernelGradient(_ x: UnsafePointer<Float>, _ h: Int, _ w: Int,
                               _ g: UnsafePointer<Float>, _ kh: Int, _ kw: Int) -> [Float] {
        let oh = h - kh + 1, ow = w - kw + 1
        let threads = Swift.max(1, Swift.min(EngineConfig.threadCount, oh))
        let bands = oh * ow * kh * kw < EngineConfig.parallelThreshold ? 1 : threads
        var partial = [Float](repeating: 0, count: bands * kh * kw)
        partial.withUnsafeMutableBufferPointer { pp in
            let base = pp.baseAddress!
            let per = (oh + bands - 1) / bands
            let work: (Int) -> Void = { band in
                let s = band * per, e = Swift.min(oh, s + per)
                guard s < e else { return }
                KernelDispatch.kernelGradientRows(x, w, g, ow, kh, kw, s, e, base + band * kh * kw)
            }
            if bands == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: bands, execute: work) }
        }
        var dk = [Float](repeating: 0, count: kh * kw)
        for band in 0..<bands { for t in 0..<kh * kw { dk[t] += partial[band * kh * kw + t] } }
        return dk
    }

    /// dX = full convolution of dY with k. The interior, where every tap lands inside dY, is the
    /// valid correlation of dY with the flipped kernel (SIMD, written in place); the border of
    /// width kh-1 / kw-1 is summed directly with bounds checks.
    static func inputGradient(_ g: UnsafePointer<Float>, _ oh: Int, _ ow: Int,
                              _ k: UnsafePointer<Float>, _ kh: Int, _ kw: Int) -> [Float] {
        let h = oh + kh - 1, w = ow + kw - 1
        let flipped = (0..<kh * kw).map { k[kh * kw - 1 - $0] }
        return [Float](unsafeUninitializedCapacity: h * w) { out, n in
            let dx = out.baseAddress!
            let interiorRows = kh - 1..<Swift.max(kh - 1, oh), interiorCols = kw - 1..<Swift.max(kw - 1, ow)
            if !interiorRows.isEmpty && !interiorCols.isEmpty {
                flipped.withUnsafeBufferPointer { f in
                    forward(g, oh, ow, f.baseAddress!, kh, kw, dx + (kh - 1) * w + (kw - 1), ldo: w, fused: true)
                }
            }
            func direct(_ r: Int, _ c: Int) {
                var s: Float = 0
                for a in 0..<kh where r - a >= 0 && r - a < oh {
                    for b in 0..<kw where c - b >= 0 && c - b < ow { s += g[(r - a) * ow + c - b] * k[a * kw + b] }
                }
                dx[r * w + c] = s
            }
            for r in 0..<h {
                if interiorRows.contains(r) && !interiorCols.isEmpty {
                    for c in 0..<interiorCols.lowerBound { direct(r, c) }
                    for c in interiorCols.upperBound..<w { direct(r, c) }
                } else {
                    for c in 0..<w { direct(r, c) }
                }
            }
            n = h * w
        }
    }
}
