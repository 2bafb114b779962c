import Foundation

extension AllocationBudget {
    /// Throws `tooLarge` unless `count` more elements, in tensors of at most `largest`
    /// elements each, fit right now: for operations whose plain API traps on a full budget.
    public func ensureRoom(for count: Int, largest: Int) throws {
        if largest > maxElementsPerTensor {
            throw TensorError.tooLarge(requested: largest, limit: maxElementsPerTensor)
        }
        let live = liveElements
        if count > maxTotalElements - live {
            throw TensorError.tooLarge(requested: count, limit: maxTotalElements - live)
        }
    }
}
