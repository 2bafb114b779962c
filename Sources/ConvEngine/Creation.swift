/// Factory functions mirroring torch.* (throwing cores on `Tensor`, trapping free functions).
extension Tensor {
    public static func full(_ shape: [Int], _ value: Float) throws -> Tensor {
        let n = try checkedCount(shape)
        return Tensor(storage: try Storage.filled(count: n, with: value), shape: shape)
    }
    public static func zeros(_ shape: [Int]) throws -> Tensor { try full(shape, 0) }
    public static func ones(_ shape: [Int]) throws -> Tensor { try full(shape, 1) }

    public static func arange(_ start: Int, _ end: Int, step: Int = 1) throws -> Tensor {
        guard step != 0 else { throw TensorError.invalidArgument("arange step must be nonzero") }
        let limit = 1 << 52
        guard Swift.abs(start) < limit, Swift.abs(end) < limit, Swift.abs(step) < limit else {
            throw TensorError.invalidArgument("arange bounds must be smaller than 2^52 in magnitude")
        }
        let n = Swift.max(0, (end - start + step - (step > 0 ? 1 : -1)) / step)
        _ = try checkedCount([n])
        let storage = try Storage.make(count: n) { p in
            for i in 0..<n { p[i] = Float(start + i * step) }
        }
        return Tensor(storage: storage, shape: [n])
    }

    public static func eye(_ n: Int) throws -> Tensor {
        let t = try zeros([n, n])
        for i in 0..<n { t.storage[i * n + i] = 1 }
        return t
    }

    public static func rand(_ shape: [Int], generator: Generator? = nil) throws -> Tensor {
        let n = try checkedCount(shape)
        if let b = Tensor.allocationBudget, n > b.maxElementsPerTensor {
            throw TensorError.tooLarge(requested: n, limit: b.maxElementsPerTensor)
        }
        let g = generator ?? Generator.defaultGenerator
        return Tensor(storage: try Storage.adopting(g.uniformFloats(n)), shape: shape)
    }

    public static func randn(_ shape: [Int], generator: Generator? = nil) throws -> Tensor {
        let n = try checkedCount(shape)
        if let b = Tensor.allocationBudget, n > b.maxElementsPerTensor {
            throw TensorError.tooLarge(requested: n, limit: b.maxElementsPerTensor)
        }
        let g = generator ?? Generator.defaultGenerator
        return Tensor(storage: try Storage.adopting(g.normalFloats(n)), shape: shape)
    }

    /// Builds a tensor from nested rows, checking they are rectangular.
    static func fromRows(_ rows: [Tensor]) throws -> Tensor {
        guard let first = rows.first else { return try make(shape: [0], data: []) }
        for r in rows where r.shape != first.shape {
            throw TensorError.shapeMismatch("ragged nested array: rows of shape \(first.shape) and \(r.shape)")
        }
        return try make(shape: [rows.count] + first.shape, data: rows.flatMap { $0.storage.values })
    }

    public convenience init(_ v: [Float]) { self.init(shape: [v.count], data: v) }
    public convenience init(_ v: [[Float]]) {
        let t = orTrap { try Tensor.fromRows(v.map { Tensor($0) }) }
        self.init(storage: t.storage, shape: t.shape)
    }
    public convenience init(_ v: [[[Float]]]) {
        let t = orTrap { try Tensor.fromRows(v.map { Tensor($0) }) }
        self.init(storage: t.storage, shape: t.shape)
    }
    public convenience init(_ v: [[[[Float]]]]) {
        let t = orTrap { try Tensor.fromRows(v.map { Tensor($0) }) }
        self.init(storage: t.storage, shape: t.shape)
    }
}

/// A 0-d tensor from a literal, so `X[0..., 2..<6] = 0` and `t - 1.5` read naturally.
extension Tensor: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public convenience init(integerLiteral value: Int) {
        self.init(storage: Storage.scalar(Float(value)), shape: [])
        isWrappedNumber = true
    }
    public convenience init(floatLiteral value: Double) {
        self.init(storage: Storage.scalar(Float(value)), shape: [])
        isWrappedNumber = true
    }
}

public func tensor(_ v: [Float]) -> Tensor { Tensor(v) }
public func tensor(_ v: [[Float]]) -> Tensor { Tensor(v) }
public func tensor(_ v: [[[Float]]]) -> Tensor { Tensor(v) }
public func tensor(_ v: [[[[Float]]]]) -> Tensor { Tensor(v) }
public func zeros(_ shape: Int...) -> Tensor { orTrap { try Tensor.zeros(shape) } }
public func zeros(_ shape: [Int]) -> Tensor { orTrap { try Tensor.zeros(shape) } }
public func ones(_ shape: Int...) -> Tensor { orTrap { try Tensor.ones(shape) } }
public func ones(_ shape: [Int]) -> Tensor { orTrap { try Tensor.ones(shape) } }
public func full(_ shape: [Int], _ value: Float) -> Tensor { orTrap { try Tensor.full(shape, value) } }
public func arange(_ end: Int) -> Tensor { orTrap { try Tensor.arange(0, end) } }
public func arange(_ start: Int, _ end: Int, step: Int = 1) -> Tensor {
    orTrap { try Tensor.arange(start, end, step: step) }
}
public func eye(_ n: Int) -> Tensor { orTrap { try Tensor.eye(n) } }
public func rand(_ shape: Int..., generator: Generator? = nil) -> Tensor {
    orTrap { try Tensor.rand(shape, generator: generator) }
}
public func rand(_ shape: [Int], generator: Generator? = nil) -> Tensor {
    orTrap { try Tensor.rand(shape, generator: generator) }
}
public func randn(_ shape: Int..., generator: Generator? = nil) -> Tensor {
    orTrap { try Tensor.randn(shape, generator: generator) }
}
public func randn(_ shape: [Int], generator: Generator? = nil) -> Tensor {
    orTrap { try Tensor.randn(shape, generator: generator) }
}
