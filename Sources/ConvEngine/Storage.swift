#if os(Linux) && canImport(Glibc)
/// glibc's mallopt (malloc.h is not in the Glibc module map).
@_silgen_name("mallopt") private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
private let mallocTrimThreshold: Int32 = -1, mallocMmapThreshold: Int32 = -3
#endif

/// What a storage object keeps beside its elements.
struct StorageHeader {
    let count: Int
    let budget: AllocationBudget?
    /// The snapshot autograd took of the current values, until the next write freezes it.
    var openSnapshot: StorageSnapshot?
    /// Large buffers live in an array instead of inline: adopting one costs no copy, and a
    /// snapshot of it is shared copy-on-write, as the whole storage was before small tensors
    /// moved inline.
    var array: [Float]?
}

/// Contiguous Float32 buffer shared by a tensor and its aliases (`data`, `reshaped`).
/// Up to `inlineLimit` elements live in the same heap object as the header: a small tensor
/// made in a loop (a 3×3 slice) costs one allocation here, where a `[Float]` costs two and a
/// generic-metadata lookup. Larger ones keep a `[Float]`, where that overhead is negligible
/// and copy-on-write saves copying megabytes. Charges the allocation budget when created and
/// refunds it when freed.
final class Storage: ManagedBuffer<StorageHeader, Float> {
    /// Keeps freed large buffers in the heap instead of returning them to the OS, so repeated
    /// big tensors (a 2048×2048 corr2d per call) do not pay page faults and page clearing each time.
    static let heapTuned: Void = {
        #if os(Linux) && canImport(Glibc)
        _ = glibcMallopt(mallocMmapThreshold, 32 << 20)
        _ = glibcMallopt(mallocTrimThreshold, 512 << 20)
        #endif
    }()

    /// Element counts stored inline; above it the per-tensor overhead no longer matters.
    static let inlineLimit = 1024

    deinit { header.budget?.refund(header.count) }

    @inline(__always) var count: Int { header.count }

    /// Allocates `count` uninitialised inline elements without charging anyone.
    @inline(__always)
    private static func allocate(count: Int, budget: AllocationBudget?) -> Storage {
        let object = Storage.create(minimumCapacity: count) { _ in
            StorageHeader(count: count, budget: budget, openSnapshot: nil, array: nil)
        }
        return unsafeDowncast(object, to: Storage.self)
    }

    /// Wraps an array without copying it (for counts above `inlineLimit`).
    private static func wrapping(_ array: [Float], budget: AllocationBudget?) -> Storage {
        let object = Storage.create(minimumCapacity: 0) { _ in
            StorageHeader(count: array.count, budget: budget, openSnapshot: nil, array: array)
        }
        return unsafeDowncast(object, to: Storage.self)
    }

    /// The budget a result computed from `inputs` charges: the first input's, when it has one
    /// (inputs and results belong to the same document), else the task's. Reading the task-local
    /// value costs as much as a small op, so results of ops skip it.
    @inline(__always)
    static func budget(for input: Storage) -> AllocationBudget? {
        input.header.budget ?? Tensor.allocationBudget
    }

    @inline(__always)
    static func budget(for first: Storage, _ second: Storage) -> AllocationBudget? {
        first.header.budget ?? second.header.budget ?? Tensor.allocationBudget
    }

    /// Charges `count` elements before anything is allocated.
    @inline(__always)
    private static func charge(_ count: Int, to budget: AllocationBudget?) throws {
        _ = heapTuned
        try budget?.charge(count)
    }

    /// Takes already computed values (charging the budget for them); only small ones are copied.
    static func adopting(_ values: [Float], budget: AllocationBudget? = Tensor.allocationBudget) throws -> Storage {
        guard values.count <= inlineLimit else {
            try charge(values.count, to: budget)
            return wrapping(values, budget: budget)
        }
        return try make(count: values.count, budget: budget) { out in
            values.withUnsafeBufferPointer { _ = out.initialize(fromContentsOf: $0) }
        }
    }

    /// Allocates `count` elements, charging first, then lets `fill` initialise every element.
    @inline(__always)
    static func make(count: Int, budget: AllocationBudget? = Tensor.allocationBudget,
                     _ fill: (UnsafeMutableBufferPointer<Float>) throws -> Void) throws -> Storage {
        try charge(count, to: budget)
        guard count <= inlineLimit else {
            let array = try [Float](unsafeUninitializedCapacity: count) { buffer, initialised in
                try fill(buffer)
                initialised = count
            }
            return wrapping(array, budget: budget)
        }
        let storage = allocate(count: count, budget: budget)
        try storage.withUnsafeMutablePointerToElements { try fill(UnsafeMutableBufferPointer(start: $0, count: count)) }
        return storage
    }

    /// One value, not charged to the budget: literals and scalar operands must never fail.
    static func scalar(_ value: Float) -> Storage {
        let storage = allocate(count: 1, budget: nil)
        storage.withUnsafeMutablePointerToElements { $0.initialize(to: value) }
        return storage
    }

    static func filled(count: Int, with value: Float) throws -> Storage {
        try make(count: count) { $0.initialize(repeating: value) }
    }

    /// Reads the elements in place.
    @inline(__always)
    func withBuffer<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R {
        if let array = header.array { return try array.withUnsafeBufferPointer(body) }
        let n = header.count
        return try withUnsafeMutablePointerToElements { try body(UnsafeBufferPointer(start: $0, count: n)) }
    }

    /// Writes the elements in place. Every write goes through here, so a snapshot autograd took
    /// of the old values is frozen (copied) first and backward still sees what the op saw.
    @inline(__always)
    func withMutableBuffer<R>(_ body: (UnsafeMutableBufferPointer<Float>) throws -> R) rethrows -> R {
        if header.openSnapshot != nil { freezeSnapshot() }
        if header.array != nil { return try header.array!.withUnsafeMutableBufferPointer { try body($0) } }
        let n = header.count
        return try withUnsafeMutablePointerToElements { try body(UnsafeMutableBufferPointer(start: $0, count: n)) }
    }

    /// The values in row-major order: a copy when inline, a shared copy-on-write array when not.
    var values: [Float] { header.array ?? withBuffer { Array($0) } }

    subscript(index: Int) -> Float {
        get { withBuffer { $0[index] } }
        set { withMutableBuffer { $0[index] = newValue } }
    }

    /// The values as they are now, for a backward closure to read later without copying them
    /// unless something writes to this storage first (an SGD step, a slice assignment).
    func saved() -> SavedValues {
        if let open = header.openSnapshot { return SavedValues(storage: self, snapshot: open) }
        let snapshot = StorageSnapshot()
        header.openSnapshot = snapshot
        return SavedValues(storage: self, snapshot: snapshot)
    }

    private func freezeSnapshot() {
        header.openSnapshot?.frozen = values
        header.openSnapshot = nil
    }
}

/// The values a storage held when autograd saved them; filled in only when the storage is
/// written to while the snapshot is still alive.
final class StorageSnapshot {
    var frozen: [Float]?
}

/// Values saved for backward: the live storage while it is unchanged, its frozen copy after.
struct SavedValues {
    let storage: Storage
    let snapshot: StorageSnapshot

    var values: [Float] { snapshot.frozen ?? storage.values }
    var count: Int { storage.count }

    /// Reads the saved values in place (large inputs of corr2d and conv2d are not copied).
    func withBuffer<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R {
        if let frozen = snapshot.frozen { return try frozen.withUnsafeBufferPointer(body) }
        return try storage.withBuffer(body)
    }
}
