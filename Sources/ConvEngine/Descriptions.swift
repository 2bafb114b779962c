/// How the engine's layer, optimiser and generator print. The lesson runner shows these same
/// strings for them, so a lesson prints the same whether interpreted or compiled.
extension Conv2D: CustomStringConvertible {
    public var description: String { "Conv2D(kernelSize: (\(weight.shape[0]), \(weight.shape[1])))" }
}

extension SGD: CustomStringConvertible {
    public var description: String { "SGD(lr: \(lr))" }
}

extension Generator: CustomStringConvertible {
    public var description: String { "Generator" }
}
