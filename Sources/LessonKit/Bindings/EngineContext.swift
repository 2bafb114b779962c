import ConvEngine
import Swiftlet

/// What one lesson document owns while it runs: its random generator and its allocation
/// budget. Documents run in parallel with `--jobs`, so nothing here may be global.
public final class EngineContext: @unchecked Sendable {
    /// The document's default generator: `manualSeed`, `rand` and `randn` use it, so two
    /// documents never draw from each other's stream.
    public let generator: Generator
    /// Caps the elements one tensor and the whole run may allocate (no out-of-memory kill).
    public let budget: AllocationBudget
    /// Most multiply-adds one convolution or matrix product may take (see `WorkLimit`).
    public let maxMultiplyAdds: Int

    public init(seed: UInt64, limits: EngineLimits = EngineLimits()) {
        generator = Generator(seed: seed)
        maxMultiplyAdds = limits.maxMultiplyAdds
        budget = AllocationBudget(maxElementsPerTensor: limits.maxElementsPerTensor,
                                  maxTotalElements: limits.maxTotalElements)
    }

    /// Runs `body` with this document's budget installed for the engine's allocations.
    public func withBudget<T>(_ body: () throws -> T) rethrows -> T {
        try Tensor.$allocationBudget.withValue(budget) { try body() }
    }
}

/// Tensor-size limits for lesson code; the defaults allow every lesson and stop a typo like
/// `zeros(100000, 100000)` before it reaches the allocator.
public struct EngineLimits: Sendable {
    public var maxElementsPerTensor: Int
    public var maxTotalElements: Int
    /// Work of one `corr2d`, `conv2d`, `matmul` or layer call: 2·10^9 is under a second in a
    /// release build (half a minute in a debug one); the lessons need less than 10^6.
    public var maxMultiplyAdds: Int
    public init(maxElementsPerTensor: Int = 50_000_000, maxTotalElements: Int = 200_000_000,
                maxMultiplyAdds: Int = 2_000_000_000) {
        self.maxElementsPerTensor = maxElementsPerTensor
        self.maxTotalElements = maxTotalElements
        self.maxMultiplyAdds = maxMultiplyAdds
    }
}
