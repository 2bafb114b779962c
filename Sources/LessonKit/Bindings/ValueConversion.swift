import ConvEngine
import Swiftlet

/// Conversions between the interpreter's values and the engine's types, shared by every
/// binding so that each error reads the same way.
enum Convert {
    /// A tensor, or a number promoted to a 0-d tensor (for `X * 2`, `2.0 - X`, `X[0, 1] = 0`).
    static func tensor(_ v: Value) throws -> Tensor {
        switch v {
        case .host(let object):
            // Exact class first: a pointer comparison, where `as?` walks the class hierarchy.
            if ObjectIdentifier(type(of: object)) == ObjectIdentifier(Tensor.self) { return unsafeDowncast(object, to: Tensor.self) }
            if let t = object as? Tensor { return t }
        case .int, .float, .double:
            return try Tensor.make(shape: [], data: [try v.asFloat()])
        case .array:
            // swiftc does not make an array into a Tensor (only number literals are Tensors).
            throw HostError("an array is not a Tensor: write tensor([...]) to make one")
        default:
            break
        }
        throw HostError("expected a Tensor, got \(v.typeName)")
    }

    /// Nested array literals of numbers (`[[0, 1], [2, 3]]`) become a tensor of that shape.
    static func tensorLiteral(_ v: Value) throws -> Tensor {
        var shape: [Int] = []
        var data: [Float] = []
        try flatten(v, depth: 0, shape: &shape, into: &data)
        return try Tensor.make(shape: shape, data: data)
    }

    private static func flatten(_ v: Value, depth: Int, shape: inout [Int], into data: inout [Float]) throws {
        switch v {
        case .array(let items):
            if depth == shape.count {
                shape.append(items.count)
            } else if depth > shape.count || shape[depth] != items.count {
                throw HostError("tensor literal is not rectangular: expected \(shape.count > depth ? shape[depth] : 0) elements at depth \(depth + 1), got \(items.count)")
            }
            for item in items { try flatten(item, depth: depth + 1, shape: &shape, into: &data) }
        case .int, .float, .double:
            if depth != shape.count && !(shape.count == 0 && depth == 0) {
                throw HostError("tensor literal is not rectangular: a number where a list was expected")
            }
            data.append(try v.asFloat())
        default:
            throw HostError("a tensor literal holds numbers, got \(v.typeName)")
        }
    }

    /// A shape given as `2, 3` (variadic, arrives packed) or as one array `[2, 3]`.
    static func shape(_ packed: Value) throws -> [Int] {
        let items = try packed.asArray()
        if items.count == 1, case .array(let inner) = items[0] { return try inner.map { try $0.asInt() } }
        return try items.map { try $0.asInt() }
    }

    static func ints(_ v: Value) throws -> [Int] { try v.asArray().map { try $0.asInt() } }

    /// `(1, 2)` as a kernel size or window: the engine's `(Int, Int)`, which is all swiftc
    /// accepts there (not `2`, not `[1, 2]`).
    static func pair(_ v: Value) throws -> (Int, Int) {
        guard case .tuple(let t) = v, t.elements.count == 2 else {
            throw HostError("expected a size such as (1, 2), a tuple (height, width), got \(v.typeName)")
        }
        return (try t.elements[0].asInt(), try t.elements[1].asInt())
    }

    /// Subscript components: an Int keeps torch's meaning (negative counts from the end),
    /// a range of any of Swift's kinds selects a half-open span.
    static func indices(_ values: [Value]) throws -> [IndexSpec] { try values.map(index) }

    static func index(_ v: Value) throws -> IndexSpec {
        switch v {
        case .int(let i):
            return .single(i)
        case .range(let r):
            let upper = r.upper.map { r.closed ? $0 + 1 : $0 }
            return .range(lower: r.lower, upper: upper)
        default:
            throw HostError("a tensor index is an Int or a range of Int, got \(v.typeName)")
        }
    }

    static func optionalTensor(_ t: Tensor?) -> Value { .optional(t.map { .host($0) }) }

    static func tensors(_ v: Value) throws -> [Tensor] { try v.asArray().map { try tensor($0) } }
}
