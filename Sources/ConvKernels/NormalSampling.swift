/// torch's normal sampler for 16 or more values, in a kernels module: compiled a second time
/// for AVX2 + FMA, each fused multiply-add is one instruction there instead of a call into
/// libm's `fmaf` (both round once, so both copies give the same bits; `KernelTests` checks).
public enum NormalSampling {
    /// torch's AVX2 normal_fill_16: radius from log(1 - u1), angle 2*pi*u2 in float, turning
    /// 16 uniforms in place into 16 normals.
    public static func boxMuller16(_ d: UnsafeMutablePointer<Float>) {
        let twoPi = Float(2.0 * Double.pi)
        for j in 0..<8 {
            let u1: Float = 1 - d[j]
            let u2 = d[j + 8]
            let radius = (Float(-2) * VectorMath.log(u1)).squareRoot()
            let (s, c) = VectorMath.sincos(twoPi * u2)
            d[j] = radius * c
            d[j + 8] = radius * s
        }
    }
}

/// Single-precision log, sine and cosine computed exactly as the Cephes-derived polynomial
/// approximations in torch's AVX2 normal sampler (avx_mathfun), lane by lane, so `randn`
/// of 16+ elements is bit-identical to PyTorch on AVX2 machines.
enum VectorMath {
    /// a * b + c with one rounding: the compiler that built torch's AVX2 kernel contracted these
    /// (which pairs was found by matching millions of reference draws).
    @inline(__always) static func madd(_ a: Float, _ b: Float, _ c: Float) -> Float {
        c.addingProduct(a, b)
    }

    static func log(_ input: Float) -> Float {
        if input <= 0 { return input == 0 ? -.infinity : .nan }
        var x = Swift.max(input, Float(bitPattern: 0x0080_0000))
        let exponent = Int32(bitPattern: x.bitPattern >> 23) - 0x7f
        x = Float(bitPattern: (x.bitPattern & ~0x7f80_0000) | Float(0.5).bitPattern)
        var e = Float(exponent) + 1
        let below = x < 0.707106781186547524
        let tmp: Float = below ? x : 0
        x = x - 1
        if below { e = e - 1 }
        x = x + tmp
        let z = x * x
        var y: Float = 7.0376836292e-2
        for p: Float in [-1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1,
                         -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1] {
            y = madd(y, x, p)
        }
        y = y * x
        y = madd(y, z, e * -2.12194440e-4)
        y = madd(-z, 0.5, y)
        x = x + y
        x = madd(e, 0.693359375, x)
        return x
    }

    static func sincos(_ input: Float) -> (sin: Float, cos: Float) {
        var signSin = input.bitPattern & 0x8000_0000
        var x = Swift.abs(input)
        var j = Int32(x * 1.27323954473516)
        j = (j + 1) & ~1
        let y = Float(j)
        let swapSin = UInt32(bitPattern: (j & 4) << 29)
        let polyMask = (j & 2) == 0
        x = madd(y, -0.78515625, x)
        x = madd(y, -2.4187564849853515625e-4, x)
        x = madd(y, -3.77489497744594108e-8, x)
        let signCos = UInt32(bitPattern: (~(j - 2) & 4) << 29)
        signSin ^= swapSin
        let z = x * x
        var c: Float = 2.443315711809948e-5
        c = madd(c, z, -1.388731625493765e-3)
        c = madd(c, z, 4.166664568298827e-2)
        c = c * z
        c = madd(c, z, -(z * 0.5))
        c = c + 1
        var s: Float = -1.9515295891e-4
        s = madd(s, z, 8.3321608736e-3)
        s = madd(s, z, -1.6666654611e-1)
        s = s * z
        s = madd(s, x, x)
        let sinValue = polyMask ? s : c
        let cosValue = polyMask ? c : s
        return (Float(bitPattern: sinValue.bitPattern ^ signSin), Float(bitPattern: cosValue.bitPattern ^ signCos))
    }
}
