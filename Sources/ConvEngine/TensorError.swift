/// Every way user code can misuse the engine, as a value the interpreter can report.
public enum TensorError: Error, CustomStringConvertible, Equatable {
    /// Two shapes that cannot be combined (broadcasting, matmul, reshape, slice assignment).
    case shapeMismatch(String)
    /// A convolution kernel larger than its input.
    case kernelTooLarge(input: [Int], kernel: [Int])
    /// `item()` or `backward()` on a tensor with other than one element.
    case notScalar(shape: [Int])
    /// An index or axis outside the tensor.
    case indexOutOfRange(String)
    /// An allocation past the task's `AllocationBudget`.
    case tooLarge(requested: Int, limit: Int)
    /// A bad argument such as a negative size or a zero step.
    case invalidArgument(String)
    /// Autograd misuse, such as an in-place write into a leaf that requires grad.
    case autograd(String)

    public var description: String {
        switch self {
        case .shapeMismatch(let why): return "shape mismatch: \(why)"
        case .kernelTooLarge(let input, let kernel):
            return "kernel too large: kernel \(kernel) does not fit in input \(input)"
        case .notScalar(let shape):
            return "not a scalar: expected a tensor with one element, got shape \(shape)"
        case .indexOutOfRange(let why): return "index out of range: \(why)"
        case .tooLarge(let requested, let limit):
            return "tensor too large: \(requested) elements requested, budget allows \(limit)"
        case .invalidArgument(let why): return "invalid argument: \(why)"
        case .autograd(let why): return "autograd: \(why)"
        }
    }
}

/// Runs a throwing core for the plain Swift API, which traps on misuse like `Array` does.
@inline(__always)
func orTrap<T>(_ body: () throws -> T) -> T {
    do { return try body() } catch { fatalError("\(error)") }
}
