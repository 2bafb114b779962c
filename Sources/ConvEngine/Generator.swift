import Foundation

/// torch's CPU generator: mt19937 plus the cached second normal of the double Box–Muller path.
public final class Generator: @unchecked Sendable {
    private var engine: MersenneTwister
    private var cachedNormal: Double?
    private let lock = NSLock()

    public init(seed: UInt64) { engine = MersenneTwister(seed: seed) }

    /// Restarts the sequence as `torch.manual_seed(seed)` does.
    public func manualSeed(_ seed: UInt64) {
        lock.lock(); defer { lock.unlock() }
        engine = MersenneTwister(seed: seed)
        cachedNormal = nil
    }

    /// The process-wide generator that `rand`/`randn` use when none is given.
    /// torch's default seed, with which every process starts.
    public static let defaultSeed: UInt64 = 67_280_421_310_721
    public static let defaultGenerator = Generator(seed: defaultSeed)

    private func random64() -> UInt64 {
        let hi = UInt64(engine.next()), lo = UInt64(engine.next())
        return (hi << 32) | lo
    }

    /// A float in [0, 1) from the low 24 bits of one draw (torch's uniform_real<float>).
    private func uniformFloat() -> Float {
        Float(engine.next() & 0xff_ffff) * (1.0 / 16_777_216.0)
    }

    private func uniformDouble() -> Double {
        Double(random64() & ((1 << 53) - 1)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// torch's normal_distribution<double>: Box–Muller in double, caching the sine half.
    private func normalDouble() -> Double {
        if let c = cachedNormal { cachedNormal = nil; return c }
        let u1 = uniformDouble(), u2 = uniformDouble()
        let r = Foundation.sqrt(-2.0 * Foundation.log1p(-u2))
        let theta = 2.0 * Double.pi * u1
        cachedNormal = r * Foundation.sin(theta)
        return r * Foundation.cos(theta)
    }

    func uniformFloats(_ n: Int) -> [Float] {
        lock.lock(); defer { lock.unlock() }
        return (0..<n).map { _ in uniformFloat() }
    }

    /// Standard normals in torch's order: per element in double below 16 elements,
    /// else the float path that transforms blocks of 16 uniforms (tail: redo the last 16).
    func normalFloats(_ n: Int) -> [Float] {
        lock.lock(); defer { lock.unlock() }
        if n < 16 { return (0..<n).map { _ in Float(normalDouble()) } }
        var data = (0..<n).map { _ in uniformFloat() }
        data.withUnsafeMutableBufferPointer { p in
            var i = 0
            while i + 16 <= n { KernelDispatch.boxMuller16(p.baseAddress! + i); i += 16 }
            if n % 16 != 0 {
                let tail = p.baseAddress! + (n - 16)
                for j in 0..<16 { tail[j] = uniformFloat() }
                KernelDispatch.boxMuller16(tail)
            }
        }
        return data
    }
}

/// Reseeds the default generator (torch.manual_seed).
public func manualSeed(_ seed: UInt64) { Generator.defaultGenerator.manualSeed(seed) }
