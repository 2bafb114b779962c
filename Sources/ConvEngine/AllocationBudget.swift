import Foundation
import Synchronization

/// Caps how many Float elements tensors may hold, so a runaway lesson cannot exhaust memory.
/// Installed per task with `Tensor.$allocationBudget.withValue(budget) { ... }`; storage charges it
/// before allocating and refunds it when freed. The result of an op on tensors charges the
/// budget its first input was charged to (the same document's), the task's when none was.
public final class AllocationBudget: Sendable {
    public let maxElementsPerTensor: Int
    public let maxTotalElements: Int
    /// Elements held now. Atomic rather than locked: every tensor allocation and free touches it.
    private let live = Atomic<Int>(0)

    public init(maxElementsPerTensor: Int, maxTotalElements: Int) {
        self.maxElementsPerTensor = maxElementsPerTensor
        self.maxTotalElements = maxTotalElements
    }

    /// Elements currently held by tensors charged to this budget.
    public var liveElements: Int { live.load(ordering: .relaxed) }

    func charge(_ count: Int) throws {
        if count > maxElementsPerTensor {
            throw TensorError.tooLarge(requested: count, limit: maxElementsPerTensor)
        }
        var current = live.load(ordering: .relaxed)
        while true {
            guard count <= maxTotalElements - current else {
                throw TensorError.tooLarge(requested: count, limit: maxTotalElements - current)
            }
            let (stored, seen) = live.compareExchange(expected: current, desired: current + count, ordering: .relaxed)
            if stored { return }
            current = seen
        }
    }

    func refund(_ count: Int) {
        live.wrappingSubtract(count, ordering: .relaxed)
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
