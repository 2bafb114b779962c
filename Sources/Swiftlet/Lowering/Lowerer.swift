import SwiftSyntax

/// Persistent lowering state of a session: what earlier cells declared.
final class GlobalScope {
    var names: [String: [VarInfo]] = [:]
    var types: [String: NominalType] = [:]
    var typeRefs: [String: TypeRef] = [:]
    var count = 0
    var importedFoundation = false
}

let foundationFunctions: Set<String> = ["sqrt", "exp", "log", "pow", "sin", "cos", "tan", "tanh", "floor", "ceil", "round", "log2", "log10", "atan"]

/// Turns swift-syntax trees into lowered nodes, resolving names to slots.
final class Lowerer {
    let rt: Runtime
    let globals: GlobalScope
    let globalFrame: Frame
    let map: LocationMap
    let builtins: [String: Callable]
    var ctx: FuncCtx
    var loopLabels: [String?] = []
    /// Above zero while lowering something whose failure is discarded (see `tryLowerPlace`).
    var speculating = 0
    /// Static types of call arguments already lowered once to choose an overload; kept so that
    /// nested overloaded calls (`f(f(f(x)))`) are not lowered again at every level.
    var argumentTypes: [SyntaxIdentifier: SType] = [:]
    /// Types of this cell known by name before their declarations are lowered, so that a function
    /// above a `struct` can construct it, as Swift allows; `lowerNominal` fills them in.
    var announcedTypes: [String: NominalType] = [:]
    /// Types this cell declares in ways lessons do not support (`enum`, `typealias`,
    /// `protocol`), with the error their declaration gets: a use above it reports that error.
    var unsupportedDeclarations: [String: LangError] = [:]
    /// While a `case` label's patterns are lowered: the slots of the names they bind.
    var caseBindings: [String: Int]?
    /// `print`'s arguments: each is an `Any`, where swiftc gives `c ? "big" : 0` and
    /// `[1] + ["x"]` the type Any instead of refusing their mismatched types.
    var anyTypedArguments: Set<SyntaxIdentifier> = []
    /// Initial values of variables declared without a type (`let m = c ? "a" : 0`): nothing
    /// around them can give mismatched parts a common type such as Any.
    var contextFreeValues: Set<SyntaxIdentifier> = []
    /// `isIntLiteral`'s answers for compound expressions.
    var intLiteralNodes: [SyntaxIdentifier: Bool] = [:]
    /// How many `lowerExpr` calls are under way (see `maxExpressionDepth`).
    var expressionDepth = 0
    static let maxExpressionDepth = 1_000

    init(rt: Runtime, globals: GlobalScope, globalFrame: Frame, map: LocationMap, builtins: [String: Callable]) {
        self.rt = rt; self.globals = globals; self.globalFrame = globalFrame; self.map = map; self.builtins = builtins
        ctx = FuncCtx(level: 0, parent: nil, selfType: nil, isStatic: false, decl: nil, firstSlot: globals.count)
        ctx.scopes = [globals.names]
    }

    func loc(_ n: some SyntaxProtocol) -> Loc { map.loc(n) }

    func unsupported(_ what: String, _ n: some SyntaxProtocol) -> LangError {
        LangError("\(what) not supported in lessons", loc(n), .unsupported)
    }

    // MARK: scopes

    func declare(_ name: String, type: SType, isLet: Bool, decl: FunctionDecl? = nil) -> VarInfo {
        let info = VarInfo(level: ctx.level, slot: ctx.allocate(), type: type, isLet: isLet, decl: decl)
        if let decl {
            // A function declared again with the same parameters (a later cell redefining it, as
            // in a notebook) replaces the earlier one; a different signature is an overload.
            var infos = ctx.scopes[ctx.scopes.count - 1][name, default: []]
            infos.removeAll { $0.decl.map { sameSignature($0, decl) } ?? true }
            infos.append(info)
            ctx.scopes[ctx.scopes.count - 1][name] = infos
        } else {
            ctx.scopes[ctx.scopes.count - 1][name] = [info]
        }
        return info
    }

    func sameSignature(_ a: FunctionDecl, _ b: FunctionDecl) -> Bool {
        a.params.count == b.params.count && zip(a.params, b.params).allSatisfy { $0.label == $1.label && $0.type == $1.type }
    }

    func pushScope() { ctx.scopes.append([:]) }
    func popScope() { ctx.scopes.removeLast() }

    /// Commits global declarations of this cell into the session (called after lowering succeeds).
    func commitGlobals() {
        globals.names = ctx.scopes[0]
        globals.count = ctx.nextSlot
    }

    func lookup(_ name: String) -> Resolved? {
        // `Self` inside a type is that type (`static func origin() -> Self { Self() }`).
        if name == "Self", let (t, _, _) = enclosingMethod() { return .nominal(t) }
        var c: FuncCtx? = ctx
        while let cur = c {
            for scope in cur.scopes.reversed() {
                if let infos = scope[name], !infos.isEmpty {
                    return infos.count == 1 && infos[0].decl == nil ? .variable(infos[0]) : .overloads(infos)
                }
            }
            if let t = cur.selfType, cur.decl != nil {
                if cur.isStatic {
                    if t.staticSlots[name] != nil || t.staticMethods[name] != nil { return .member(t, isStatic: true) }
                } else if t.fieldIndex[name] != nil || t.getters[name] != nil || t.methods[name] != nil {
                    return .member(t, isStatic: false)
                } else if t.staticSlots[name] != nil || t.staticMethods[name] != nil {
                    return .member(t, isStatic: true)
                }
            }
            c = cur.parent
        }
        if let t = globals.types[name] { return .nominal(t) }
        if rt.library.functions[name] != nil { return .hostFunction(name) }
        if let t = rt.library.types[name] { return .hostType(t) }
        if let v = rt.library.constants[name] { return .hostConstant(v) }
        if let b = builtins[name] {
            if foundationFunctions.contains(name) && !foundationAvailable { return nil }
            return .builtinFunction(b)
        }
        if builtinTypeNames.contains(name) { return .builtinType(name) }
        return nil
    }

    func visibleNames() -> [String] {
        var out: [String] = []
        var c: FuncCtx? = ctx
        while let cur = c {
            for s in cur.scopes { out += s.keys }
            if let t = cur.selfType { out += t.storedNames + Array(t.getters.keys) + Array(t.methods.keys) }
            c = cur.parent
        }
        out += globals.types.keys
        out += rt.library.functions.keys
        out += rt.library.types.keys
        out += rt.library.constants.keys
        out += builtins.keys
        return out
    }

    var foundationAvailable: Bool { globals.importedFoundation || rt.library.impliesFoundation }

    func unknownName(_ name: String, _ n: some SyntaxProtocol) -> LangError {
        if foundationFunctions.contains(name) && !foundationAvailable {
            return LangError("cannot find '\(name)' in scope; it needs 'import Foundation'", loc(n), .name)
        }
        if speculating == 0, let s = suggestion(for: name, among: visibleNames()) {
            return LangError("cannot find '\(name)' in scope; did you mean '\(s)'?", loc(n), .name, notes: ["did you mean '\(s)'?"])
        }
        return LangError("cannot find '\(name)' in scope", loc(n), .name)
    }

    /// Read access to a variable slot from the current function level.
    func read(_ v: VarInfo, name: String, _ l: Loc) -> Expr {
        if v.level == 0 { return GlobalGet(globalFrame, v.slot, name, l) }
        if v.level == ctx.level { return LocalGet(v.slot, l) }
        return OuterGet(ctx.level - v.level, v.slot, l)
    }

    func place(_ v: VarInfo, _ l: Loc) -> VarLV {
        if v.level == 0 { return VarLV(hops: 0, slot: v.slot, global: globalFrame, l) }
        return VarLV(hops: ctx.level - v.level, slot: v.slot, global: nil, l)
    }

    /// `self` of the nearest enclosing method.
    func selfPlace(_ l: Loc) -> VarLV? {
        var c: FuncCtx? = ctx
        var hops = 0
        while let cur = c {
            if cur.selfType != nil && cur.decl?.hasSelf == true { return VarLV(hops: hops, slot: 0, global: nil, l) }
            if cur.level > 0 { hops += 1 }
            c = cur.parent
        }
        return nil
    }

    func typeRef(_ t: NominalType) -> TypeRef {
        if let r = globals.typeRefs[t.name], case .structType(let n) = r.kind, n === t { return r }
        if let r = globals.typeRefs[t.name], case .classType(let n) = r.kind, n === t { return r }
        let r = TypeRef(name: t.name, kind: t.isClass ? .classType(t) : .structType(t))
        globals.typeRefs[t.name] = r
        return r
    }

    // MARK: types

    func lowerType(_ t: TypeSyntax?) -> SType {
        guard let t else { return .unknown }
        if let id = t.as(IdentifierTypeSyntax.self) {
            switch id.name.text {
            case "Int": return .int
            case "Double", "Float64": return .double
            case "Float", "Float32": return .float
            case "Bool": return .bool
            case "String": return .string
            case "Void": return .void
            case "Array":
                if let g = id.genericArgumentClause?.arguments.first { return .array(lowerGenericArg(g)) }
                return .array(.unknown)
            case "Optional":
                if let g = id.genericArgumentClause?.arguments.first { return .optional(lowerGenericArg(g)) }
                return .optional(.unknown)
            case "Self": return enclosingMethod().map { .named($0.0.name) } ?? .unknown
            default: return .named(id.name.text)
            }
        }
        if let a = t.as(ArrayTypeSyntax.self) { return .array(lowerType(a.element)) }
        if let d = t.as(DictionaryTypeSyntax.self) { return .dict(lowerType(d.key), lowerType(d.value)) }
        if let o = t.as(OptionalTypeSyntax.self) { return .optional(lowerType(o.wrappedType)) }
        if let o = t.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) { return .optional(lowerType(o.wrappedType)) }
        if let tu = t.as(TupleTypeSyntax.self) {
            if tu.elements.count == 1, let e = tu.elements.first { return lowerType(e.type) }
            return .tuple(tu.elements.map { lowerType($0.type) })
        }
        if let f = t.as(FunctionTypeSyntax.self) {
            return .signature(f.parameters.map { lowerType($0.type) }, lowerType(f.returnClause.type))
        }
        if let a = t.as(AttributedTypeSyntax.self) { return lowerType(a.baseType) }
        return .unknown
    }

    func lowerGenericArg(_ g: GenericArgumentSyntax) -> SType {
        if case .type(let t) = g.argument { return lowerType(t) }
        return .unknown
    }
}
