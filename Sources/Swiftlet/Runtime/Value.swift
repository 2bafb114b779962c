import Foundation

/// A run-time value of the lesson language. Arrays, dictionaries and structs hold Swift
/// collections, so they get Swift's copy-on-write value semantics for free.
public enum Value {
    case void
    case int(Int)
    case double(Double)
    case float(Float)
    case bool(Bool)
    case string(String)
    case array([Value])
    case dictionary(OrderedDict)
    case tuple(TupleValue)
    indirect case optional(Value?)
    case range(RangeValue)
    case function(Callable)
    case structValue(StructValue)
    case object(Instance)
    case host(AnyObject)
    case type(TypeRef)

    public init(int: Int) { self = .int(int) }
    public init(double: Double) { self = .double(double) }
    public init(float: Float) { self = .float(float) }
    public init(string: String) { self = .string(string) }
    public init(bool: Bool) { self = .bool(bool) }

    /// Swift's name of the value's type, used in messages.
    public var typeName: String {
        switch self {
        case .void: return "()"
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .array(let a): return "[\(a.first?.typeName ?? "Any")]"
        case .dictionary: return "Dictionary"
        case .tuple: return "tuple"
        case .optional(let v): return "Optional<\(v?.typeName ?? "Any")>"
        case .range(let r): return r.typeName
        case .function: return "function"
        case .structValue(let s): return s.type.name
        case .object(let o): return o.type.name
        case .host(let h): return String(describing:Swift.type(of: h))
        case .type(let t): return "\(t.name).Type"
        }
    }

    func expect(_ what: String) -> HostError {
        HostError("expected a value of type \(what), got \(typeName)")
    }
    public func asInt() throws -> Int {
        if case .int(let v) = self { return v }
        throw expect("Int")
    }
    /// Accepts Int, Float and Double: host code usually wants "a number".
    public func asDouble() throws -> Double {
        switch self {
        case .double(let v): return v
        case .float(let v): return Double(v)
        case .int(let v): return Double(v)
        default: throw expect("Double")
        }
    }
    public func asFloat() throws -> Float {
        switch self {
        case .float(let v): return v
        case .double(let v): return Float(v)
        case .int(let v): return Float(v)
        default: throw expect("Float")
        }
    }
    public func asBool() throws -> Bool {
        if case .bool(let v) = self { return v }
        throw expect("Bool")
    }
    public func asString() throws -> String {
        if case .string(let v) = self { return v }
        throw expect("String")
    }
    public func asArray() throws -> [Value] {
        if case .array(let v) = self { return v }
        throw expect("Array")
    }
    /// A closure or function passed by lesson code (e.g. a trailing closure); call it with `.call`.
    public func asFunction() throws -> Callable {
        if case .function(let c) = self { return c }
        throw expect("function")
    }
    public func asHost<T>(_ t: T.Type) throws -> T {
        if case .host(let h) = self, let v = h as? T { return v }
        throw expect(String(describing: t))
    }
    /// nil for `.optional(nil)`, the wrapped value otherwise (non-optionals pass through).
    public var unwrapped: Value? {
        if case .optional(let v) = self { return v?.unwrapped ?? nil }
        return self
    }
    public var isNil: Bool { if case .optional(nil) = self { return true }; return false }
}

public struct TupleValue {
    public var elements: [Value]
    public var labels: [String?]
    public init(_ elements: [Value], labels: [String?]? = nil) {
        self.elements = elements
        self.labels = labels ?? Array(repeating: nil, count: elements.count)
    }
}

/// Int ranges, closed or half-open, possibly partial (`0...`, `..<3`).
public struct RangeValue {
    public var lower: Int?
    public var upper: Int?
    public var closed: Bool
    public init(lower: Int?, upper: Int?, closed: Bool) { self.lower = lower; self.upper = upper; self.closed = closed }
    var typeName: String {
        switch (lower, upper) {
        case (.some, .some): return closed ? "ClosedRange<Int>" : "Range<Int>"
        case (.some, nil): return "PartialRangeFrom<Int>"
        default: return closed ? "PartialRangeThrough<Int>" : "PartialRangeUpTo<Int>"
        }
    }
    /// Elements as a half-open [lo, hi) pair, for complete ranges only.
    var bounds: (Int, Int)? {
        guard let l = lower, let u = upper else { return nil }
        if closed { return u == Int.max ? nil : (l, u + 1) }
        return (l, u)
    }
    func contains(_ x: Int) -> Bool {
        if let l = lower, x < l { return false }
        if let u = upper { return closed ? x <= u : x < u }
        return true
    }
}

/// Insertion-ordered dictionary (Swift's order is unspecified; lessons must not rely on it).
public struct OrderedDict {
    public var keys: [Value] = []
    public var values: [Value] = []
    var index: [HashKey: Int] = [:]
    public init() {}
    public subscript(key: Value) -> Value? {
        guard let k = HashKey(key), let i = index[k] else { return nil }
        return values[i]
    }
    mutating func set(_ key: Value, _ value: Value?) throws {
        guard let k = HashKey(key) else {
            throw HostError("value of type \(key.typeName) cannot be a dictionary key (keys are numbers, Bools, Strings and Hashable structs of them)")
        }
        if let v = value {
            if let i = index[k] { values[i] = v } else { index[k] = keys.count; keys.append(key); values.append(v) }
        } else if let i = index[k] {
            keys.remove(at: i); values.remove(at: i); index[k] = nil
            for j in i..<keys.count { index[HashKey(keys[j])!] = j }
        }
    }
    public var count: Int { keys.count }
    /// Moves the value for `key` out, leaving `.void` in its place until it is set again, so
    /// that changing it (`d["a"]!.append(x)`) does not copy it.
    mutating func takeValue(_ key: Value) -> Value? {
        guard let k = HashKey(key), let i = index[k] else { return nil }
        let v = values[i]
        values[i] = .void
        return v
    }
}

/// Hashable image of the primitive values allowed as dictionary keys / set members.
enum HashKey: Hashable {
    case int(Int), double(Double), float(Float), bool(Bool), string(String)
    /// A value of a struct declared `Hashable`: Swift's synthesised hashing and `==` compare
    /// the type and every stored property.
    case structure(ObjectIdentifier, [HashKey])
    init?(_ v: Value) {
        switch v {
        case .int(let x): self = .int(x)
        case .double(let x): self = .double(x)
        case .float(let x): self = .float(x)
        case .bool(let x): self = .bool(x)
        case .string(let x): self = .string(x)
        case .structValue(let s) where s.type.conformances.contains("Hashable"):
            var fields: [HashKey] = []
            for f in s.fields {
                guard let k = HashKey(f) else { return nil }
                fields.append(k)
            }
            self = .structure(ObjectIdentifier(s.type), fields)
        default: return nil
        }
    }
}

public struct StructValue {
    public let type: StructType
    public var fields: [Value]
}

/// A class instance: reference semantics.
public final class Instance {
    public let type: ClassType
    public var fields: [Value]
    init(type: ClassType, fields: [Value]) { self.type = type; self.fields = fields }
}

/// A type used as a value: `Point.origin`, `Int.max`, `Tensor.zeros(...)`.
public final class TypeRef {
    public let name: String
    let kind: Kind
    enum Kind { case builtin, structType(StructType), classType(ClassType), host(AnyHostType) }
    init(name: String, kind: Kind) { self.name = name; self.kind = kind }
}
