/// Static types the lowering pass tracks: enough to type literals as Swift does and to
/// reject Int/Double mixing, not a full type checker.
indirect enum SType: Equatable {
    case int, double, float, bool, string, void, unknown, range
    case array(SType)
    case dict(SType, SType)
    case optional(SType)
    case tuple([SType])
    case named(String)
    case function
    /// A function type written out, `(Double) -> Double`: a closure literal in its place takes
    /// these parameter and result types, so `{ $0 / 2 }` divides Doubles, as in Swift.
    case signature([SType], SType)

    var isNumeric: Bool { self == .int || self == .double || self == .float }
    var isOptional: Bool { if case .optional = self { return true }; return false }
    var isArray: Bool { if case .array = self { return true }; return false }
    var isFunction: Bool {
        switch self {
        case .function, .signature: return true
        default: return false
        }
    }
    /// A type the lowerer knows for sure and that is not optional: a value of it can never be nil.
    var isKnownNonOptional: Bool {
        switch self {
        case .int, .double, .float, .bool, .string, .array, .dict, .tuple, .range: return true
        default: return false
        }
    }
    /// The wrapped type of an optional (a literal stored in `[Double]?` is typed as a `[Double]`).
    var nonOptional: SType { if case .optional(let w) = self { return w }; return self }
    var name: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .void: return "()"
        case .unknown: return "_"
        case .range: return "Range<Int>"
        case .array(let e): return "[\(e.name)]"
        case .dict(let k, let v): return "[\(k.name): \(v.name)]"
        case .optional(let w): return "\(w.name)?"
        case .tuple(let ts): return "(" + ts.map(\.name).joined(separator: ", ") + ")"
        case .named(let n): return n
        case .function: return "function"
        case .signature(let ps, let r): return "(" + ps.map(\.name).joined(separator: ", ") + ") -> " + r.name
        }
    }
}

struct ParamInfo {
    var label: String?
    var slot: Int
    var type: SType
    var isInout: Bool
    var defaultValue: Expr?
    var variadic: Bool
}

/// A lowered `func`, closure, method, initializer or accessor.
final class FunctionDecl {
    let name: String
    var params: [ParamInfo] = []
    var frameSize = 0
    var body: Stmt = BlockStmt([])
    var hasSelf = false
    var isMutating = false
    var isStatic = false
    var returnType: SType = .void
    /// Labels of a `-> (min: Int, max: Int)` result: Swift relabels the returned tuple.
    var returnLabels: [String?]?
    var loc: Loc
    /// The file of the cell that declared it (a lesson's `save` cells reach later lessons).
    let file: String
    unowned(unsafe) let rt: Runtime
    init(name: String, loc: Loc, rt: Runtime) { self.name = name; self.loc = loc; self.rt = rt; file = rt.currentFile }

    var labels: [String?] { params.map(\.label) }

    /// Runs the body in a new frame and returns its result.
    @inline(__always)
    func invoke(env: Frame?, selfValue: Value?, args: [Value], loc: Loc) throws -> Value {
        try invoke(env: env, selfValue: selfValue, args: args, loc: loc) { _ in }
    }

    /// Runs the body in a new frame; `readBack` sees that frame after the body (to write back
    /// `self` and inout arguments). The frame never leaves this call, so when a closure stored
    /// in it captured it, this is the one place that can tell whether only that cycle keeps it alive.
    @inline(__always)
    func invoke(env: Frame?, selfValue: Value?, args: [Value], loc: Loc, readBack: (Frame) throws -> Void) throws -> Value {
        rt.callDepth += 1
        defer { rt.callDepth -= 1 }
        if rt.callDepth > rt.limits.maxCallDepth {
            throw LangError("maximum call depth of \(rt.limits.maxCallDepth) exceeded (endless recursion?)", loc, .limit)
        }
        try rt.tick(loc)
        var f = Frame(size: frameSize, parent: env)
        defer { if f.isCaptured { rt.capturedFrames.release(&f) } }
        if hasSelf, let s = selfValue { f.slots[0] = s }
        var i = 0
        for p in params {
            if i < args.count { f.slots[p.slot] = try checkType(args[i], p.type, loc) }
            i += 1
        }
        do {
            _ = try body.exec(f)
        } catch var error as LangError {
            // An error in the body is where the body is written; the call that led to it is
            // kept, and the outermost one (in the cell that ran) is what the note names.
            if error.file == nil { error.file = file }
            error.callSite = loc
            throw error
        }
        if let labels = returnLabels { f.returnValue = f.returnValue.relabelled(labels) }
        try readBack(f)
        return f.returnValue
    }
}

/// Rejects values whose run-time kind contradicts a declared numeric type (what swiftc would reject).
@inline(__always)
func checkType(_ v: Value, _ t: SType, _ loc: Loc) throws -> Value {
    switch (t, v) {
    case (.double, .int), (.float, .int), (.int, .double), (.int, .float), (.double, .float), (.float, .double):
        throw LangError("cannot convert value of type '\(v.typeName)' to specified type '\(t.name)'", loc, .type)
    case (.optional(let w), _):
        if case .optional = v { return v }
        return .optional(try checkType(v, w, loc))
    default: return v
    }
}

final class Closure: Callable {
    let decl: FunctionDecl
    /// Only `CapturedFrames.release` changes it, on a closure nothing else can see.
    var env: Frame?
    var boundSelf: Value?
    init(decl: FunctionDecl, env: Frame?, boundSelf: Value? = nil) { self.decl = decl; self.env = env; self.boundSelf = boundSelf }
    override func call(_ args: [Value]) throws -> Value {
        var args = args
        // fill defaults for host callers that pass fewer arguments
        if args.count < decl.params.count {
            for p in decl.params[args.count...] {
                guard let d = p.defaultValue else { break }
                args.append(try d.eval(env ?? Frame(size: 0, parent: nil)))
            }
        }
        return try decl.invoke(env: env, selfValue: boundSelf, args: args, loc: decl.loc)
    }
    override var name: String { decl.name }
}

/// A user `struct` or `class`.
public final class NominalType {
    public let name: String
    let isClass: Bool
    var storedNames: [String] = []
    var storedTypes: [SType] = []
    var storedDefaults: [Expr?] = []
    var storedIsLet: [Bool] = []
    var fieldIndex: [String: Int] = [:]
    var methods: [String: [FunctionDecl]] = [:]
    var getters: [String: FunctionDecl] = [:]
    var setters: [String: FunctionDecl] = [:]
    var inits: [FunctionDecl] = []
    var staticMethods: [String: [FunctionDecl]] = [:]
    var staticSlots: [String: Int] = [:]
    /// The declared or inferred types of the static stored properties, for literal typing.
    var staticTypes: [String: SType] = [:]
    var globalFrame: Frame?
    /// The protocols the declaration names (Equatable, CustomStringConvertible...).
    var conformances: Set<String> = []
    init(name: String, isClass: Bool) { self.name = name; self.isClass = isClass }

    /// The text Swift prints for a value of this type, when the type supplies one. `print` and
    /// string interpolation prefer `description`, then `debugDescription`; inside collections and
    /// in `debugPrint` the order is reversed. Either may be stored or computed.
    func customDescription(of v: Value, debug: Bool) -> String? {
        let plain = conformances.contains("CustomStringConvertible") ? "description" : nil
        let debugging = conformances.contains("CustomDebugStringConvertible") ? "debugDescription" : nil
        for name in debug ? [debugging, plain] : [plain, debugging] {
            if let name, let text = stringMember(name, of: v) { return text }
        }
        return nil
    }

    private func stringMember(_ name: String, of v: Value) -> String? {
        if let i = fieldIndex[name] {
            switch v {
            case .structValue(let s): if case .string(let text) = s.fields[i] { return text }
            case .object(let o): if case .string(let text) = o.fields[i] { return text }
            default: break
            }
            return nil
        }
        guard let g = getters[name], let r = try? g.invoke(env: globalFrame, selfValue: v, args: [], loc: g.loc),
              case .string(let text) = r else { return nil }
        return text
    }

    func addStored(_ name: String, _ type: SType, _ def: Expr?, isLet: Bool) {
        fieldIndex[name] = storedNames.count
        storedNames.append(name); storedTypes.append(type); storedDefaults.append(def); storedIsLet.append(isLet)
    }
}
public typealias StructType = NominalType
public typealias ClassType = NominalType
