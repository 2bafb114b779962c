/// A row-major Float32 tensor with reference semantics, like `torch.Tensor`.
/// Storage is always contiguous; reading a slice copies, writing a slice writes in place, and a
/// slice changed in place writes its values back to where it was read from (`SliceOrigin`).
public final class Tensor {
    let storage: Storage
    public private(set) var shape: [Int]
    /// The autograd record: nil when the tensor does not require grad.
    var node: GradNode?
    /// Accumulated gradient of a leaf after `backward()`.
    public var grad: Tensor?
    /// True for tensors made by `Parameter(_:)`; changes the repr's first line.
    public internal(set) var isParameter = false
    /// True for a 0-d tensor made from a number literal (torch's "wrapped number"): `1 - x`
    /// is then recorded as torch records a Python number minus a tensor.
    var isWrappedNumber = false
    /// For a slice: the tensor and indices it was read from, which its in-place changes reach.
    var origin: SliceOrigin?

    init(storage: Storage, shape: [Int], node: GradNode? = nil) {
        self.storage = storage
        self.shape = shape
        self.node = node
    }

    /// Throwing core of `Tensor(shape:data:)`.
    public static func make(shape: [Int], data: [Float]) throws -> Tensor {
        let n = try checkedCount(shape)
        guard n == data.count else {
            throw TensorError.shapeMismatch("shape \(shape) needs \(n) values, got \(data.count)")
        }
        return Tensor(storage: try Storage.adopting(data), shape: shape)
    }

    public convenience init(shape: [Int], data: [Float]) {
        let t = orTrap { try Tensor.make(shape: shape, data: data) }
        self.init(storage: t.storage, shape: t.shape)
    }

    public var count: Int { storage.count }
    public var rank: Int { shape.count }
    /// The values in row-major order (a copy).
    public var scalars: [Float] { storage.values }

    /// Row-major strides of `shape`.
    static func strides(of shape: [Int]) -> [Int] {
        var s = [Int](repeating: 1, count: shape.count)
        var acc = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) { s[i] = acc; acc *= shape[i] }
        return s
    }

    /// Whether gradients flow into this tensor.
    public var requiresGrad: Bool {
        get { node != nil }
        set { orTrap { try checkedSetRequiresGrad(newValue) } }
    }

    /// Throwing core of setting `requiresGrad`. Only a leaf's flag can be changed, as in torch:
    /// a computed tensor keeps its place in the graph (`detach()` gives one outside it).
    public func checkedSetRequiresGrad(_ wanted: Bool) throws {
        if let node, !node.isLeaf {
            throw TensorError.autograd("you can only change requires_grad flags of leaf variables; use detach() for a copy outside the graph")
        }
        if !wanted { node = nil } else if node == nil { node = GradNode(leafOf: self) }
    }

    /// True for tensors not produced by a recorded operation (torch's `is_leaf`).
    public var isLeaf: Bool { node == nil || node!.isLeaf }

    /// A detached alias sharing storage: writes through it change this tensor, unrecorded.
    public var data: Tensor { Tensor(storage: storage, shape: shape) }

    /// A detached alias (same as `data`).
    public func detach() -> Tensor { data }

    /// Fills with zeros in place (unrecorded).
    public func zero() { fill(0) }

    /// Fills with `v` in place (unrecorded).
    public func fill(_ v: Float) {
        storage.withMutableBuffer { $0.update(repeating: v) }
        // Unrecorded, so the write-through records nothing either; unrecorded, it cannot fail
        // (the values have the shape of the region they were read from).
        Tensor.$isGradEnabled.withValue(false) { try? writeThrough() }
    }

    /// Replaces this tensor's values in place by those of `source` (same count), unrecorded.
    func overwrite(with source: UnsafeBufferPointer<Float>) {
        storage.withMutableBuffer { _ = $0.update(fromContentsOf: source) }
    }

    /// The single value of a one-element tensor.
    public func checkedItem() throws -> Float {
        guard count == 1 else { throw TensorError.notScalar(shape: shape) }
        return storage[0]
    }

    public func item() -> Float { orTrap { try checkedItem() } }

}

/// Mirrors `nn.Parameter`: a leaf that requires grad and prints "Parameter containing:".
public func Parameter(_ t: Tensor) -> Tensor {
    let p = Tensor(storage: t.storage, shape: t.shape)
    p.isParameter = true
    p.requiresGrad = true
    return p
}

/// Evaluates `body` without recording autograd history.
public func noGrad<T>(_ body: () throws -> T) rethrows -> T {
    try Tensor.$isGradEnabled.withValue(false) { try body() }
}

extension Tensor {
    public static func withNoGrad<T>(_ body: () throws -> T) rethrows -> T { try noGrad(body) }
}
