import Foundation

/// Caps how many Float elements tensors may hold, so a runaway lesson cannot exhaust memory.
/// Installed per task with `Tensor.$allocationBudget.withValue(budget) { ... }`; storage charges it
/// before allocating and refunds it when freed.
public final class AllocationBudget: @unchecked Sendable {
    public let maxElementsPerTensor: Int
    public let maxTotalElements: Int
    private let lock = NSLock()
    private var live = 0

    public init(maxElementsPerTensor: Int, maxTotalElements: Int) {
        self.maxElementsPerTensor = maxElementsPerTensor
        self.maxTotalElements = maxTotalElements
    }

    /// Elements currently held by tensors charged to this budget.
    public var liveElements: Int { lock.lock(); defer { lock.unlock() }; return live }

    func charge(_ count: Int) throws {
        if count > maxElementsPerTensor {
            throw TensorError.tooLarge(requested: count, limit: maxElementsPerTensor)
        }
        lock.lock(); defer { lock.unlock() }
        if live + count > maxTotalElements {
            throw TensorError.tooLarge(requested: count, limit: maxTotalElements - live)
        }
        live += count
    }

    func refund(_ count: Int) {
        lock.lock(); live -= count; lock.unlock()
    }
}

extension Tensor {
    /// The budget that allocations in the current task charge, if any.
    @TaskLocal public static var allocationBudget: AllocationBudget?
    /// False inside `noGrad { }`: operations then record no graph.
    @TaskLocal public static var isGradEnabled: Bool = true
}

/// Checks a requested element count (overflow-safe) against the budget before any memory is touched.
func checkedCount(_ shape: [Int]) throws -> Int {
    var n = 1
    for d in shape {
        if d < 0 { throw TensorError.invalidArgument("negative dimension in shape \(shape)") }
        let (m, o) = n.multipliedReportingOverflow(by: d)
        if o { throw TensorError.tooLarge(requested: Int.max, limit: Tensor.allocationBudget?.maxElementsPerTensor ?? Int.max) }
        n = m
    }
    return n
}
