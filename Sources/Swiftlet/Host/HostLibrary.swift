/// The declarative table through which the host (the lesson runner) exposes functions and
/// types to lesson code. One entry per Swift declaration.
///
/// Notes on the contract (/work/contract/interpreter-api.md), as implemented:
/// - `labels` lists the argument labels, `nil` for `_`. Overloads are told apart by labels
///   (and by argument count); the first entry whose labels match the call wins.
/// - `variadic: true` makes the LAST parameter variadic (`Int...`): it takes every remaining
///   argument, and the closure receives them packed as ONE `.array` value in that position.
///   With `labels` empty and `variadic: true` the single parameter is unlabelled.
/// - Trailing closures arrive as `.function(callable)`; call them with `callable.call([...])`.
/// - Host closures may throw any Error; it becomes a `.runtime` Diagnostic at the call site
///   whose message is `String(describing: error)`.
/// - `constant(name, value)` binds a global value (e.g. a default generator).
/// - Foundation's functions (`sqrt`, `pow`, `String(format:)`...) need `import Foundation` in an
///   earlier or the same cell, as in compiled Swift; a host whose module re-exports Foundation
///   sets `impliesFoundation = true`.
public struct HostLibrary {
    public typealias Body = ([Value]) throws -> Value
    struct FunctionEntry { var labels: [String?]; var variadic: Bool; var floatArguments: Set<Int> = []; var body: Body }

    var functions: [String: [FunctionEntry]] = [:]
    var types: [String: AnyHostType] = [:]
    var typesByClass: [ObjectIdentifier: AnyHostType] = [:]
    var constants: [String: Value] = [:]
    /// True when lesson code may use Foundation without importing it (the host module re-exports it).
    public var impliesFoundation = false

    public init() {}

    /// `floatArguments`: the positions of parameters whose type is `Float` or an array of them
    /// (`tensor(_: [[Float]])`). Number literals there are Floats, as Swift types them from the
    /// parameter, so `tensor([[1 / 2]])` divides as Float; an Int or Double variable there is
    /// refused, as swiftc refuses it.
    public mutating func function(_ name: String, labels: [String?] = [], variadic: Bool = false, floatArguments: Set<Int> = [], _ body: @escaping Body) {
        let labels = variadic && labels.isEmpty ? [nil] : labels
        functions[name, default: []].append(FunctionEntry(labels: labels, variadic: variadic, floatArguments: floatArguments, body: body))
    }

    public mutating func type(_ t: AnyHostType) {
        types[t.name] = t
        if let id = t.classID {
            typesByClass[id] = t
            if let describe = t.describe { HostDescriptions.register(id, describe) }
        }
    }

    public mutating func constant(_ name: String, _ value: Value) { constants[name] = value }

    func hostType(of object: AnyObject) -> AnyHostType? { typesByClass[ObjectIdentifier(Swift.type(of: object))] }
}

/// Matches call labels against a declaration's labels, packing a variadic tail.
/// Returns the arguments in declaration order, or nil when the labels do not fit.
func matchHostArguments(labels decl: [String?], variadic: Bool, callLabels rawLabels: [String?], args: [Value]) -> [Value]? {
    var callLabels = rawLabels
    if let last = callLabels.last, last == trailingLabel {
        callLabels[callLabels.count - 1] = decl.count == callLabels.count ? decl[callLabels.count - 1] : nil
    }
    if !variadic {
        guard decl == callLabels else { return nil }
        return args
    }
    let fixed = decl.count - 1
    guard callLabels.count >= fixed, Array(callLabels.prefix(fixed)) == Array(decl.prefix(fixed)) else { return nil }
    let tail = callLabels.dropFirst(fixed)
    // Swift: only the first variadic argument carries the label.
    for (i, l) in tail.enumerated() where l != (i == 0 ? decl[fixed] : nil) { return nil }
    var out = Array(args.prefix(fixed))
    let rest = Array(args.dropFirst(fixed))
    // `zeros([2, 3])` style: a single array argument also fills an Int... slot when no
    // separate array overload exists; keep it as given.
    out.append(.array(rest))
    return out
}
