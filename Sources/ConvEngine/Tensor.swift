#if os(Linux) && canImport(Glibc)
/// glibc's mallopt (malloc.h is not in the Glibc module map).
@_silgen_name("mallopt") private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
private let mallocTrimThreshold: Int32 = -1, mallocMmapThreshold: Int32 = -3
#endif

/// Contiguous Float32 buffer shared by a tensor and its aliases (`data`, `reshaped`).
/// Charges the task's allocation budget when created and refunds it when freed.
final class Storage {
    /// Keeps freed large buffers in the heap instead of returning them to the OS, so repeated
    /// big tensors (a 2048×2048 corr2d per call) do not pay page faults and page clearing each time.
    static let heapTuned: Void = {
        #if os(Linux) && canImport(Glibc)
        _ = glibcMallopt(mallocMmapThreshold, 32 << 20)
        _ = glibcMallopt(mallocTrimThreshold, 512 << 20)
        #endif
    }()

    var values: [Float]
    private let budget: AllocationBudget?

    private init(values: [Float], budget: AllocationBudget?) {
        self.values = values
        self.budget = budget
    }

    deinit { budget?.refund(values.count) }

    /// The budget a result computed from `inputs` charges: the first input's, when it has one
    /// (inputs and results belong to the same document), else the task's. Reading the task-local
    /// value costs as much as a small op, so results of ops skip it.
    @inline(__always)
    static func budget(for input: Storage) -> AllocationBudget? {
        input.budget ?? Tensor.allocationBudget
    }

    @inline(__always)
    static func budget(for first: Storage, _ second: Storage) -> AllocationBudget? {
        first.budget ?? second.budget ?? Tensor.allocationBudget
    }

    /// Adopts already computed values (charging the budget for them).
    static func adopting(_ values: [Float], budget: AllocationBudget? = Tensor.allocationBudget) throws -> Storage {
        _ = heapTuned
        try budget?.charge(values.count)
        return Storage(values: values, budget: budget)
    }

    /// Allocates `count` elements, charging first, then lets `fill` initialise every element.
    static func make(count: Int, budget: AllocationBudget? = Tensor.allocationBudget,
                     _ fill: (UnsafeMutableBufferPointer<Float>) -> Void) throws -> Storage {
        _ = heapTuned
        try budget?.charge(count)
        let values = [Float](unsafeUninitializedCapacity: count) { buffer, initialised in
            fill(buffer)
            initialised = count
        }
        return Storage(values: values, budget: budget)
    }

    /// One value, not charged to the budget: literals and scalar operands must never fail.
    static func scalar(_ value: Float) -> Storage { Storage(values: [value], budget: nil) }

    static func filled(count: Int, with value: Float) throws -> Storage {
        try make(count: count) { $0.initialize(repeating: value) }
    }
}

/// A row-major Float32 tensor with reference semantics, like `torch.Tensor`.
/// Storage is always contiguous; reading a slice copies, writing a slice writes in place.
public final class Tensor {
    var storage: Storage
    public private(set) var shape: [Int]
    /// The autograd record: nil when the tensor does not require grad.
    var node: GradNode?
    /// Accumulated gradient of a leaf after `backward()`.
    public var grad: Tensor?
    /// True for tensors made by `Parameter(_:)`; changes the repr's first line.
    public internal(set) var isParameter = false

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

    public var count: Int { storage.values.count }
    public var rank: Int { shape.count }
    /// The values in row-major order (a copy-on-write snapshot).
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
        set {
            if newValue {
                if node == nil { node = GradNode(leafOf: self) }
            } else if node?.isLeaf == true {
                node = nil
            }
        }
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
        storage.values.withUnsafeMutableBufferPointer { $0.update(repeating: v) }
    }

    /// Replaces this tensor's values in place by those of `source` (same count), unrecorded.
    func overwrite(with source: [Float]) {
        storage.values.withUnsafeMutableBufferPointer { dst in
            source.withUnsafeBufferPointer { src in
                _ = dst.update(fromContentsOf: src)
            }
        }
    }

    /// The single value of a one-element tensor.
    public func checkedItem() throws -> Float {
        guard count == 1 else { throw TensorError.notScalar(shape: shape) }
        return storage.values[0]
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
