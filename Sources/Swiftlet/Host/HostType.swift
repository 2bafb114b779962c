/// Type-erased description of a host type; `HostType<T>` fills it with typed closures.
public class AnyHostType {
    public let name: String
    let classID: ObjectIdentifier?
    typealias Method = (AnyObject, [Value]) throws -> Value
    struct MethodEntry { var labels: [String?]; var variadic: Bool; var body: Method }
    struct StaticEntry { var labels: [String?]; var variadic: Bool; var floatArguments: Set<Int> = []; var body: HostLibrary.Body }

    var initializers: [StaticEntry] = []
    var getters: [String: (AnyObject) throws -> Value] = [:]
    var setters: [String: (AnyObject, Value) throws -> Void] = [:]
    var methods: [String: [MethodEntry]] = [:]
    var staticMethods: [String: [StaticEntry]] = [:]
    var staticProperties: [String: () throws -> Value] = [:]
    var subscriptGet: ((AnyObject, [Value]) throws -> Value)?
    var subscriptSet: ((AnyObject, [Value], Value) throws -> Void)?
    /// Fixed-arity entry points for `x[i, j]` and `x[i, j] = v`, the hot subscripts of lesson code:
    /// used instead of the general ones when present, they need no argument array.
    var pairSubscriptGet: ((AnyObject, Value, Value) throws -> Value)?
    var pairSubscriptSet: ((AnyObject, Value, Value, Value) throws -> Void)?
    var binaryOperators: [String: (Value, Value) throws -> Value] = [:]
    var compoundAssignments: [String: (AnyObject, Value) throws -> Void] = [:]
    var prefixOperators: [String: (AnyObject) throws -> Value] = [:]
    var calls: [MethodEntry] = []
    var describe: ((AnyObject) -> String)?
    /// For a type that number literals can be (Swift's ExpressibleByIntegerLiteral): makes the
    /// value a literal stands for where this type is expected (`let t: Tensor = 3`).
    var literalConversion: ((Value) throws -> Value)?
    /// Whether the compiled type is a class, so `===` compares identities (a struct the host
    /// keeps in a box is not: swiftc refuses `===` on it).
    public var isClass = true

    init(name: String, classID: ObjectIdentifier?) { self.name = name; self.classID = classID }
}

public final class HostType<T: AnyObject>: AnyHostType {
    public init(_ name: String, _ configure: (HostType<T>) -> Void) {
        super.init(name: name, classID: ObjectIdentifier(T.self))
        configure(self)
    }

    /// Members are looked up by the object's exact class, so the exact-class test (a pointer
    /// comparison, where `as?` walks the class hierarchy) nearly always answers.
    @inline(__always)
    static func cast(_ o: AnyObject) throws -> T {
        if ObjectIdentifier(Swift.type(of: o)) == ObjectIdentifier(T.self) { return unsafeDowncast(o, to: T.self) }
        guard let t = o as? T else { throw HostError("expected \(T.self), got \(Swift.type(of: o))") }
        return t
    }

    /// `floatArguments`: as for `HostLibrary.function`.
    public func initializer(labels: [String?] = [], variadic: Bool = false, floatArguments: Set<Int> = [], _ body: @escaping HostLibrary.Body) {
        initializers.append(StaticEntry(labels: variadic && labels.isEmpty ? [nil] : labels, variadic: variadic, floatArguments: floatArguments, body: body))
    }
    public func property(_ name: String, _ get: @escaping (T) throws -> Value) {
        getters[name] = { try get(Self.cast($0)) }
    }
    public func property(_ name: String, get: @escaping (T) throws -> Value, set: @escaping (T, Value) throws -> Void) {
        getters[name] = { try get(Self.cast($0)) }
        setters[name] = { try set(Self.cast($0), $1) }
    }
    public func method(_ name: String, labels: [String?] = [], variadic: Bool = false, _ body: @escaping (T, [Value]) throws -> Value) {
        let entry = MethodEntry(labels: variadic && labels.isEmpty ? [nil] : labels, variadic: variadic) { try body(Self.cast($0), $1) }
        methods[name, default: []].append(entry)
    }
    public func staticMethod(_ name: String, labels: [String?] = [], variadic: Bool = false, _ body: @escaping HostLibrary.Body) {
        staticMethods[name, default: []].append(StaticEntry(labels: variadic && labels.isEmpty ? [nil] : labels, variadic: variadic, body: body))
    }
    public func staticProperty(_ name: String, _ get: @escaping () throws -> Value) { staticProperties[name] = get }
    public func `subscript`(get: @escaping (T, [Value]) throws -> Value, set: ((T, [Value], Value) throws -> Void)? = nil) {
        subscriptGet = { try get(Self.cast($0), $1) }
        if let set { subscriptSet = { try set(Self.cast($0), $1, $2) } }
    }
    /// The two-index subscript's fast entry points (see `pairSubscriptGet`); they must mean the
    /// same as the general subscript given those two indices.
    public func pairSubscript(get: @escaping (T, Value, Value) throws -> Value, set: ((T, Value, Value, Value) throws -> Void)? = nil) {
        pairSubscriptGet = { try get(Self.cast($0), $1, $2) }
        if let set { pairSubscriptSet = { try set(Self.cast($0), $1, $2, $3) } }
    }
    /// Called when either operand is of this host type.
    public func binaryOperator(_ op: String, _ body: @escaping (Value, Value) throws -> Value) { binaryOperators[op] = body }
    /// In-place `a op= b` with `a` of this type; without it, `a op= b` means `a = a op b`.
    public func compoundAssignment(_ op: String, _ body: @escaping (T, Value) throws -> Void) {
        compoundAssignments[op] = { try body(Self.cast($0), $1) }
    }
    public func prefixOperator(_ op: String, _ body: @escaping (T) throws -> Value) {
        prefixOperators[op] = { try body(Self.cast($0)) }
    }
    /// Number literals written where this type is expected become `body(literal)`, as they do
    /// in Swift for a type conforming to ExpressibleByIntegerLiteral/FloatLiteral.
    public func literal(_ body: @escaping (Value) throws -> Value) { literalConversion = body }

    public func description(_ body: @escaping (T) -> String) {
        describe = { o in (o as? T).map(body) ?? String(describing: o) }
    }
    public func callAsFunction(labels: [String?] = [], variadic: Bool = false, _ body: @escaping (T, [Value]) throws -> Value) {
        calls.append(MethodEntry(labels: variadic && labels.isEmpty ? [nil] : labels, variadic: variadic) { try body(Self.cast($0), $1) })
    }
}
