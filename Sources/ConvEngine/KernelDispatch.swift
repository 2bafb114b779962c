import ConvKernels
import ConvKernelsAVX2
import ConvKernelsAVX512
import Foundation

/// Chooses the AVX2 build of the SIMD kernels when the CPU (and OS) support AVX2 and FMA.
enum KernelDispatch {
    static let useAVX2: Bool = {
        if ProcessInfo.processInfo.environment["CONVENGINE_NO_AVX2"] != nil { return false }
        return cpuFlags.isSuperset(of: ["avx", "avx2", "fma"])
    }()

    /// The matrix product's AVX-512 copy (`CONVENGINE_NO_AVX512=1`, or no AVX2, turns it off).
    static let useAVX512: Bool = {
        if ProcessInfo.processInfo.environment["CONVENGINE_NO_AVX512"] != nil { return false }
        return useAVX2 && cpuFlags.isSuperset(of: ["avx512f", "avx512vl"])
    }()

    /// The CPU's feature flags as Linux reports them; empty elsewhere (the portable kernels run).
    static let cpuFlags: Set<String> = {
        #if arch(x86_64) && os(Linux)
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let flagsLine = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return [] }
        return Set(flagsLine.split(separator: " ").map(String.init))
        #else
        return []
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

    /// torch's Box-Muller step on 16 values in place (`NormalSampling`).
    static func boxMuller16(_ d: UnsafeMutablePointer<Float>) {
        if useAVX2 { ConvKernelsAVX2.NormalSampling.boxMuller16(d) } else { ConvKernels.NormalSampling.boxMuller16(d) }
    }

    /// Every copy of the Box-Muller step this CPU can run, by name, so tests compare them.
    static var boxMullerImplementations: [(String, (UnsafeMutablePointer<Float>) -> Void)] {
        var all: [(String, (UnsafeMutablePointer<Float>) -> Void)] = [("portable", { ConvKernels.NormalSampling.boxMuller16($0) })]
        if useAVX2 { all.append(("avx2", { ConvKernelsAVX2.NormalSampling.boxMuller16($0) })) }
        return all
    }

    typealias Gemm = (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int, Int, Int) -> Void

    /// Every copy of the matrix product this CPU can run, by name, so tests check each one.
    static var gemmImplementations: [(String, Gemm)] {
        var all: [(String, Gemm)] = [("portable", { ConvKernels.SIMDKernels.gemm($0, $1, $2, m: $3, k: $4, n: $5) })]
        if useAVX2 { all.append(("avx2", { ConvKernelsAVX2.SIMDKernels.gemm($0, $1, $2, m: $3, k: $4, n: $5) })) }
        #if arch(x86_64)
        if useAVX512 { all.append(("avx512", { AVX512Kernels.gemm($0, $1, $2, m: $3, k: $4, n: $5) })) }
        #endif
        return all
    }

    static func gemm(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
                     m: Int, k: Int, n: Int) {
        #if arch(x86_64)
        if useAVX512 { return AVX512Kernels.gemm(a, b, c, m: m, k: k, n: n) }
        #endif
        if useAVX2 {
            ConvKernelsAVX2.SIMDKernels.gemm(a, b, c, m: m, k: k, n: n)
        } else {
            ConvKernels.SIMDKernels.gemm(a, b, c, m: m, k: k, n: n)
        }
    }
}
