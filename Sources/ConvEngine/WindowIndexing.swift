/// Two-index subscripts of a 2-D tensor (`X[i..<i + h, j..<j + w]`, `Y[i, j] = v`): the shape of
/// nearly all indexing in lesson code, where the general `Region` path spent more time on its
/// temporary arrays than on the copy. Same results and errors as the general path, which
/// still handles every other rank and everything autograd records.
struct Window {
    var rows: AxisSpan
    var columns: AxisSpan

    @inline(__always)
    init(_ a: IndexSpec, _ b: IndexSpec, in shape: [Int]) throws {
        rows = try AxisSpan(a, axis: 0, size: shape[0])
        columns = try AxisSpan(b, axis: 1, size: shape[1])
    }

    var elementCount: Int { rows.count * columns.count }
    var rank: Int { (rows.kept ? 1 : 0) + (columns.kept ? 1 : 0) }

    /// The result's shape: single positions drop their axis.
    var keptShape: [Int] {
        switch (rows.kept, columns.kept) {
        case (true, true): return SmallShapes.matrix(rows.count, columns.count)
        case (true, false): return SmallShapes.vector(rows.count)
        case (false, true): return SmallShapes.vector(columns.count)
        case (false, false): return []
        }
    }
}

/// Shared arrays for the small shapes that slicing in a loop produces over and over: handing
/// out an existing array costs a retain, making a new one an allocation.
enum SmallShapes {
    static let limit = 32
    private static let vectors: [[Int]] = (0...limit).map { [$0] }
    private static let matrices: [[Int]] = (0...limit).flatMap { r in (0...limit).map { c in [r, c] } }

    static func vector(_ n: Int) -> [Int] { n <= limit ? vectors[n] : [n] }
    static func matrix(_ r: Int, _ c: Int) -> [Int] { r <= limit && c <= limit ? matrices[r * (limit + 1) + c] : [r, c] }
}

extension Tensor {
    /// Reading `t[a, b]`.
    public func checkedSubscript(_ a: IndexSpec, _ b: IndexSpec) throws -> Tensor {
        guard rank == 2, !recording(self) else { return try checkedSubscript([a, b]) }
        let window = try Window(a, b, in: shape)
        let width = shape[1], rowStart = window.rows.start, columnStart = window.columns.start
        let runs = window.rows.count, run = window.columns.count
        let out = try storage.withBuffer { source in
            try Storage.make(count: window.elementCount, budget: Storage.budget(for: storage)) { p in
                guard run > 0 else { return }
                for r in 0..<runs {
                    (p.baseAddress! + r * run).update(from: source.baseAddress! + (rowStart + r) * width + columnStart, count: run)
                }
            }
        }
        let r = Tensor(storage: out, shape: window.keptShape)
        r.origin = SliceOrigin(base: self, indices: .pair(a, b))
        return r
    }

    /// Writing `t[a, b] = value`: a one-element value fills the window, an equal-sized one is
    /// copied into it; anything that needs broadcasting or recording takes the general path.
    public func checkedSetSubscript(_ a: IndexSpec, _ b: IndexSpec, _ value: Tensor) throws {
        guard rank == 2, !recording(self, value) else { return try checkedSetSubscript([a, b], value) }
        let window = try Window(a, b, in: shape)
        let n = window.elementCount
        let fills = value.count == 1 && (n == 1 || value.rank <= window.rank)
        let copies = !fills && value.count == n
            && value.shape.filter { $0 != 1 } == window.keptShape.filter { $0 != 1 }
        // A value sharing this tensor's storage is read while written: the general path copies it first.
        guard fills || copies, value.storage !== storage else { return try checkedSetSubscript([a, b], value) }
        let width = shape[1], rowStart = window.rows.start, columnStart = window.columns.start
        let runs = window.rows.count, run = window.columns.count
        guard run > 0 else { return }
        value.storage.withBuffer { source in
            storage.withMutableBuffer { destination in
                for r in 0..<runs {
                    let row = destination.baseAddress! + (rowStart + r) * width + columnStart
                    if fills {
                        row.update(repeating: source[0], count: run)
                    } else {
                        row.update(from: source.baseAddress! + r * run, count: run)
                    }
                }
            }
        }
        try writeThrough()
    }
}
