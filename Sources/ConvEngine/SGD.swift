/// Plain stochastic gradient descent: p -= lr * p.grad, unrecorded.
public final class SGD {
    public let parameters: [Tensor]
    public var lr: Float

    public init(_ parameters: [Tensor], lr: Float) {
        self.parameters = parameters
        self.lr = lr
    }

    /// Throwing core of `step()`.
    public func checkedStep() throws {
        try noGrad {
            for p in parameters {
                guard let g = p.grad else { continue }
                try p.data.checkedUpdate(Tensor.subtract, try Tensor.multiply(Tensor.scalar(lr), g))
            }
        }
    }

    public func step() { orTrap { try checkedStep() } }

    /// Clears gradients (torch's default `set_to_none`).
    public func zeroGrad() {
        for p in parameters { p.grad = nil }
    }
}
