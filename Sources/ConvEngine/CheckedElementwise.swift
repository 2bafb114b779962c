import Foundation

/// Throwing forms of the element-wise maths, for callers that must not trap (the lesson
/// bindings): the result's allocation can exceed the allocation budget like any other.
extension Tensor {
    public func checkedExp() throws -> Tensor { try unary("ExpBackward0", expf) { _, y in y } }
    public func checkedLog() throws -> Tensor { try unary("LogBackward0", logf) { x, _ in 1 / x } }
    public func checkedSqrt() throws -> Tensor { try unary("SqrtBackward0", { $0.squareRoot() }) { _, y in 0.5 / y } }
    public func checkedAbs() throws -> Tensor {
        try unary("AbsBackward0", Swift.abs) { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) }
    }
}

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
