/// Something with trainable parameters.
public protocol Layer: AnyObject {
    var parameters: [Tensor] { get }
}

/// The book's 2-D convolutional layer: corr2d with a learned kernel plus a scalar bias.
public final class Conv2D: Layer {
    public let weight: Tensor
    public let bias: Tensor

    /// Draws the weight, then the bias, from the default generator (torch's draw order).
    public convenience init(kernelSize: (Int, Int), generator: Generator? = nil) {
        let layer = orTrap { try Conv2D.make(kernelSize: kernelSize, generator: generator) }
        self.init(weight: layer.weight, bias: layer.bias)
    }

    private init(weight: Tensor, bias: Tensor) {
        self.weight = weight
        self.bias = bias
    }

    /// Throwing core of `init(kernelSize:)` (bad sizes and the allocation budget throw).
    public static func make(kernelSize: (Int, Int), generator: Generator? = nil) throws -> Conv2D {
        let w = Parameter(try Tensor.randn([kernelSize.0, kernelSize.1], generator: generator))
        return Conv2D(weight: w, bias: Parameter(try Tensor.randn([1], generator: generator)))
    }

    public var parameters: [Tensor] { [weight, bias] }

    public func forward(_ x: Tensor) throws -> Tensor {
        try Tensor.add(try Tensor.corr2dChecked(x, weight), bias)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor { orTrap { try forward(x) } }
}
