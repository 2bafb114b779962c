/// Operator spellings of the elementwise cores, with scalars on either side.
/// Scalar overloads are disfavoured so literal-only expressions such as `2.0 * 9` still resolve
/// to the standard library, and `t * 2` to Tensor * Tensor (via the literal conformance).
extension Tensor {
    /// A 0-d tensor (never charged to the allocation budget).
    public static func scalar(_ v: Float) -> Tensor {
        Tensor(storage: Storage.scalar(v), shape: [])
    }

    public static func + (a: Tensor, b: Tensor) -> Tensor { orTrap { try add(a, b) } }
    public static func - (a: Tensor, b: Tensor) -> Tensor { orTrap { try subtract(a, b) } }
    public static func * (a: Tensor, b: Tensor) -> Tensor { orTrap { try multiply(a, b) } }
    public static func / (a: Tensor, b: Tensor) -> Tensor { orTrap { try divide(a, b) } }
    public static prefix func - (a: Tensor) -> Tensor { orTrap { try a.checkedNegated() } }

    @_disfavoredOverload public static func + (a: Tensor, b: Float) -> Tensor { a + scalar(b) }
    @_disfavoredOverload public static func - (a: Tensor, b: Float) -> Tensor { a - scalar(b) }
    @_disfavoredOverload public static func * (a: Tensor, b: Float) -> Tensor { a * scalar(b) }
    @_disfavoredOverload public static func / (a: Tensor, b: Float) -> Tensor { a / scalar(b) }
    @_disfavoredOverload public static func + (a: Float, b: Tensor) -> Tensor { scalar(a) + b }
    @_disfavoredOverload public static func - (a: Float, b: Tensor) -> Tensor { orTrap { try subtract(a, b) } }
    @_disfavoredOverload public static func * (a: Float, b: Tensor) -> Tensor { scalar(a) * b }
    @_disfavoredOverload public static func / (a: Float, b: Tensor) -> Tensor { orTrap { try divide(a, b) } }

    @_disfavoredOverload public static func + (a: Tensor, b: Double) -> Tensor { a + Float(b) }
    @_disfavoredOverload public static func - (a: Tensor, b: Double) -> Tensor { a - Float(b) }
    @_disfavoredOverload public static func * (a: Tensor, b: Double) -> Tensor { a * Float(b) }
    @_disfavoredOverload public static func / (a: Tensor, b: Double) -> Tensor { a / Float(b) }
    @_disfavoredOverload public static func + (a: Double, b: Tensor) -> Tensor { Float(a) + b }
    @_disfavoredOverload public static func - (a: Double, b: Tensor) -> Tensor { Float(a) - b }
    @_disfavoredOverload public static func * (a: Double, b: Tensor) -> Tensor { Float(a) * b }
    @_disfavoredOverload public static func / (a: Double, b: Tensor) -> Tensor { Float(a) / b }

    @_disfavoredOverload public static func + (a: Tensor, b: Int) -> Tensor { a + Float(b) }
    @_disfavoredOverload public static func - (a: Tensor, b: Int) -> Tensor { a - Float(b) }
    @_disfavoredOverload public static func * (a: Tensor, b: Int) -> Tensor { a * Float(b) }
    @_disfavoredOverload public static func / (a: Tensor, b: Int) -> Tensor { a / Float(b) }
    @_disfavoredOverload public static func + (a: Int, b: Tensor) -> Tensor { Float(a) + b }
    @_disfavoredOverload public static func - (a: Int, b: Tensor) -> Tensor { Float(a) - b }
    @_disfavoredOverload public static func * (a: Int, b: Tensor) -> Tensor { Float(a) * b }
    @_disfavoredOverload public static func / (a: Int, b: Tensor) -> Tensor { Float(a) / b }

    /// Compound assignments take a non-inout lhs and update it in place, like torch's `-=`.
    public static func += (a: Tensor, b: Tensor) { orTrap { try a.checkedUpdate(add, b) } }
    public static func -= (a: Tensor, b: Tensor) { orTrap { try a.checkedUpdate(subtract, b) } }
    public static func *= (a: Tensor, b: Tensor) { orTrap { try a.checkedUpdate(multiply, b) } }
    public static func /= (a: Tensor, b: Tensor) { orTrap { try a.checkedUpdate(divide, b) } }
    @_disfavoredOverload public static func += (a: Tensor, b: Float) { a += scalar(b) }
    @_disfavoredOverload public static func -= (a: Tensor, b: Float) { a -= scalar(b) }
    @_disfavoredOverload public static func *= (a: Tensor, b: Float) { a *= scalar(b) }
    @_disfavoredOverload public static func /= (a: Tensor, b: Float) { a /= scalar(b) }
    @_disfavoredOverload public static func += (a: Tensor, b: Double) { a += scalar(Float(b)) }
    @_disfavoredOverload public static func -= (a: Tensor, b: Double) { a -= scalar(Float(b)) }
    @_disfavoredOverload public static func *= (a: Tensor, b: Double) { a *= scalar(Float(b)) }
    @_disfavoredOverload public static func /= (a: Tensor, b: Double) { a /= scalar(Float(b)) }
    @_disfavoredOverload public static func += (a: Tensor, b: Int) { a += scalar(Float(b)) }
    @_disfavoredOverload public static func -= (a: Tensor, b: Int) { a -= scalar(Float(b)) }
    @_disfavoredOverload public static func *= (a: Tensor, b: Int) { a *= scalar(Float(b)) }
    @_disfavoredOverload public static func /= (a: Tensor, b: Int) { a /= scalar(Float(b)) }
}

infix operator .==: ComparisonPrecedence
infix operator .!=: ComparisonPrecedence
infix operator .<: ComparisonPrecedence
infix operator .<=: ComparisonPrecedence
infix operator .>: ComparisonPrecedence
infix operator .>=: ComparisonPrecedence

/// Elementwise comparisons giving 0/1 tensors (never recorded).
extension Tensor {
    public static func compare(_ a: Tensor, _ b: Tensor, _ f: @escaping (Float, Float) -> Bool) throws -> Tensor {
        try broadcastMap(a, b) { f($0, $1) ? 1 : 0 }
    }
    public static func .== (a: Tensor, b: Tensor) -> Tensor { orTrap { try compare(a, b, ==) } }
    public static func .!= (a: Tensor, b: Tensor) -> Tensor { orTrap { try compare(a, b, !=) } }
    public static func .< (a: Tensor, b: Tensor) -> Tensor { orTrap { try compare(a, b, <) } }
    public static func .<= (a: Tensor, b: Tensor) -> Tensor { orTrap { try compare(a, b, <=) } }
    public static func .> (a: Tensor, b: Tensor) -> Tensor { orTrap { try compare(a, b, >) } }
    public static func .>= (a: Tensor, b: Tensor) -> Tensor { orTrap { try compare(a, b, >=) } }
    @_disfavoredOverload public static func .== (a: Tensor, b: Float) -> Tensor { a .== scalar(b) }
    @_disfavoredOverload public static func .!= (a: Tensor, b: Float) -> Tensor { a .!= scalar(b) }
    @_disfavoredOverload public static func .< (a: Tensor, b: Float) -> Tensor { a .< scalar(b) }
    @_disfavoredOverload public static func .<= (a: Tensor, b: Float) -> Tensor { a .<= scalar(b) }
    @_disfavoredOverload public static func .> (a: Tensor, b: Float) -> Tensor { a .> scalar(b) }
    @_disfavoredOverload public static func .>= (a: Tensor, b: Float) -> Tensor { a .>= scalar(b) }
    @_disfavoredOverload public static func .== (a: Tensor, b: Double) -> Tensor { a .== scalar(Float(b)) }
    @_disfavoredOverload public static func .== (a: Tensor, b: Int) -> Tensor { a .== scalar(Float(b)) }
    @_disfavoredOverload public static func .!= (a: Tensor, b: Double) -> Tensor { a .!= scalar(Float(b)) }
    @_disfavoredOverload public static func .!= (a: Tensor, b: Int) -> Tensor { a .!= scalar(Float(b)) }
    @_disfavoredOverload public static func .< (a: Tensor, b: Double) -> Tensor { a .< scalar(Float(b)) }
    @_disfavoredOverload public static func .< (a: Tensor, b: Int) -> Tensor { a .< scalar(Float(b)) }
    @_disfavoredOverload public static func .<= (a: Tensor, b: Double) -> Tensor { a .<= scalar(Float(b)) }
    @_disfavoredOverload public static func .<= (a: Tensor, b: Int) -> Tensor { a .<= scalar(Float(b)) }
    @_disfavoredOverload public static func .> (a: Tensor, b: Double) -> Tensor { a .> scalar(Float(b)) }
    @_disfavoredOverload public static func .> (a: Tensor, b: Int) -> Tensor { a .> scalar(Float(b)) }
    @_disfavoredOverload public static func .>= (a: Tensor, b: Double) -> Tensor { a .>= scalar(Float(b)) }
    @_disfavoredOverload public static func .>= (a: Tensor, b: Int) -> Tensor { a .>= scalar(Float(b)) }

    /// Whether all elements satisfy |a - b| <= atol + rtol * |b| (torch.allclose).
    public func allClose(_ o: Tensor, rtol: Float = 1e-5, atol: Float = 1e-8) -> Bool {
        guard let close = try? Tensor.broadcastMap(self, o, { a, b in
            a == b || Swift.abs(a - b) <= atol + rtol * Swift.abs(b) ? 1 : 0
        }) else { return false }
        return !close.storage.values.contains(0)
    }
}
