import ConvKernels
import ConvKernelsAVX2
import Foundation

/// Chooses the AVX2 build of the SIMD kernels when the CPU (and OS) support AVX2 and FMA.
enum KernelDispatch {
    static let useAVX2: Bool = {
        #if arch(x86_64) && os(Linux)
        if ProcessInfo.processInfo.environment["CONVENGINE_NO_AVX2"] != nil { return false }
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let flagsLine = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return false }
        let flags = Set(flagsLine.split(separator: " ").map(String.init))
        return flags.contains("avx2") && flags.contains("fma") && flags.contains("avx")
        #else
        return false
        #endif
    }()

    static func correlateRows(_ x: UnsafePointer<Float>, _ w: Int, _ k: UnsafePointer<Float>, _ kh: Int, _ kw: Int,
                              _ out: UnsafeMutablePointer<Float>, _ ow: Int, _ start: Int, _ end: Int, ldo: Int,
                              fused: Bool) {
        switch (useAVX2, fused) {
        case (true, false): ConvKernelsAVX2.SIMDKernels.correlateRows(x, w, k, kh, kw, out, ow, start, end, ldo: ldo)
        case (true, true): ConvKernelsAVX2.SIMDKernels.correlateRowsFused(x, w, k, kh, kw, out, ow, start, end, ldo: ldo)
        case (false, _): ConvKernels.SIMDKernels.correlateRows(x, w, k, kh, kw, out, ow, start, end, ldo: ldo)
        }
    }

    static func kernelGradientRows(_ x: UnsafePointer<Float>, _ w: Int, _ g: UnsafePointer<Float>, _ ow: Int,
                                   _ kh: Int, _ kw: Int, _ start: Int, _ end: Int, _ dk: UnsafeMutablePointer<Float>) {
        if useAVX2 {
            ConvKernelsAVX2.SIMDKernels.kernelGradientRows(x, w, g, ow, kh, kw, start, end, dk)
        } else {
            ConvKernels.SIMDKernels.kernelGradientRows(x, w, g, ow, kh, kw, start, end, dk)
        }
    }

    static func gemm(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
                     m: Int, k: Int, n: Int) {
        if useAVX2 {
            ConvKernelsAVX2.SIMDKernels.gemm(a, b, c, m: m, k: k, n: n)
        } else {
            ConvKernels.SIMDKernels.gemm(a, b, c, m: m, k: k, n: n)
        }
    }
}
