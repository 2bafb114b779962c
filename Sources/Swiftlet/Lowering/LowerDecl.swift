import SwiftSyntax

/// Runs a type's static initializers when its declaration is reached.
final class TypeDeclStmt: Stmt {
    let inits: [(Int, Expr)]
    init(_ i: [(Int, Expr)]) { inits = i }
    override func exec(_ f: Frame) throws -> Flow {
        for (slot, e) in inits { f.slots[slot] = try e.eval(f) }
        return .normal
    }
}

extension Lowerer {
    func lowerDecl(_ d: DeclSyntax) throws -> Stmt? {
        try rejectUnsupportedAttributes(d)
        if let v = d.as(VariableDeclSyntax.self) { return try lowerVariable(v) }
        if let i = d.as(ImportDeclSyntax.self) {
            let module = i.path.trimmedDescription
            if module == "Foundation" { globals.importedFoundation = true; rt.foundationImported = true; return nil }
            if rt.library.types.isEmpty && rt.library.functions.isEmpty || module == "Swift" { throw unsupported("importing '\(module)' is", i) }
            return nil
        }
        if let s = d.as(StructDeclSyntax.self) { return try lowerNominal(name: s.name.text, isClass: false, members: s.memberBlock, inheritance: s.inheritanceClause, generics: s.genericParameterClause != nil, node: d) }
        if let c = d.as(ClassDeclSyntax.self) { return try lowerNominal(name: c.name.text, isClass: true, members: c.memberBlock, inheritance: c.inheritanceClause, generics: c.genericParameterClause != nil, node: d) }
        if d.is(ProtocolDeclSyntax.self) { throw unsupported("protocols are", d) }
        if d.is(EnumDeclSyntax.self) { throw unsupported("enums are", d) }
        if d.is(ExtensionDeclSyntax.self) { throw unsupported("extensions are", d) }
        if d.is(ActorDeclSyntax.self) { throw unsupported("actors are", d) }
        if d.is(TypeAliasDeclSyntax.self) { throw unsupported("typealiases are", d) }
        if d.is(OperatorDeclSyntax.self) { throw unsupported("operator declarations are", d) }
        if d.is(IfConfigDeclSyntax.self) { throw unsupported("conditional compilation ('#if') is", d) }
        throw unsupported("this declaration is", d)
    }

    func lowerVariable(_ v: VariableDeclSyntax) throws -> Stmt? {
        let isLet = v.bindingSpecifier.text == "let"
        try rejectUnsupportedModifiers(v.modifiers)
        var out: [Stmt] = []
        for b in v.bindings {
            if let accessors = b.accessorBlock {
                if case .accessors(let list) = accessors.accessors,
                   let observer = list.first(where: { ["willSet", "didSet"].contains($0.accessorSpecifier.text) }) {
                    throw unsupported("property observers ('\(observer.accessorSpecifier.text)') are", observer)
                }
                throw unsupported("computed variables outside types are", b)
            }
            // `var lo, hi: Int`: a name without a type or a value takes the next annotation.
            let annotation = b.typeAnnotation ?? (b.initializer == nil ? sharedAnnotation(after: b, in: v.bindings) : nil)
            if let a = annotation { try rejectUnsupportedTypes(a.type) }
            let declared = annotation.map { lowerType($0.type) }
            guard let initial = b.initializer?.value else {
                guard let declared, let id = b.pattern.as(IdentifierPatternSyntax.self) else {
                    throw LangError("type annotation missing in pattern", loc(b), .type)
                }
                if case .optional = declared {
                    let info = declare(id.identifier.text, type: declared, isLet: isLet)
                    out.append(VarDeclStmt(.slot(info.slot, .unknown), ConstExpr(.optional(nil), loc(b)), loc(b)))
                } else {
                    _ = declare(id.identifier.text, type: declared, isLet: isLet)
                    if isLet { markInitialisedLater(id.identifier.text) }
                }
                continue
            }
            if declared == nil, let empty = emptyCollectionLiteral(initial) {
                throw LangError("empty collection literal requires an explicit type", loc(empty), .type)
            }
            if declared == nil { contextFreeValues.insert(initial.id) }
            var (e, t) = try lowerExpr(initial, declared)
            if let declared {
                try checkAssignable(t, to: declared, initial)
                e = relabelled(wrappedIfOptional(e, declared), by: b.typeAnnotation?.type)
                t = declared
            }
            // Only a `let`/`var` declaration clashes; `guard let x = x` may shadow a local.
            if let id = b.pattern.as(IdentifierPatternSyntax.self) { try checkNotRedeclared(id.identifier.text, id) }
            let p = try lowerPattern(b.pattern, type: t, isLet: isLet)
            if let id = b.pattern.as(IdentifierPatternSyntax.self),
               let labels = b.typeAnnotation != nil ? tupleLabels(b.typeAnnotation?.type) : literalTupleLabels(initial),
               labels.contains(where: { $0 != nil }) {
                setTupleLabels(id.identifier.text, labels)
            }
            out.append(VarDeclStmt(p, e, loc(b)))
        }
        return out.count == 1 ? out[0] : BlockStmt(out)
    }

    /// The annotation a later name of the same declaration gives an earlier one that has neither
    /// a type nor a value (`var lo, hi: Int`).
    func sharedAnnotation(after binding: PatternBindingSyntax, in bindings: PatternBindingListSyntax) -> TypeAnnotationSyntax? {
        var seen = false
        for b in bindings {
            if b.id == binding.id { seen = true; continue }
            guard seen else { continue }
            if b.initializer != nil { return nil }
            if let a = b.typeAnnotation { return a }
        }
        return nil
    }

    /// Statically known mismatches between numeric types are Swift compile errors.
    /// A value stored where the declared type is optional becomes `Optional(...)`, as Swift
    /// wraps it (`func f() -> Int? { 7 }` prints `Optional(7)`); an optional stays as it is.
    func wrappedIfOptional(_ e: Expr, _ declared: SType) -> Expr {
        if case .optional = declared, !(e is WrapOptional) { return WrapOptional(e) }
        return e
    }

    /// The labels a written tuple type gives its elements (`(x: Int, y: Int)`, also inside an
    /// optional); nil when it is not a tuple type or has no labels.
    func tupleLabels(_ type: TypeSyntax?) -> [String?]? {
        var t = type
        if let o = t?.as(OptionalTypeSyntax.self) { t = o.wrappedType }
        // An unlabelled tuple type gives no labels: `var t: (Int, Int) = (x: 1, y: 2)` drops them.
        guard let tt = t?.as(TupleTypeSyntax.self), tt.elements.count > 1 else { return nil }
        return tt.elements.map { $0.firstName?.text }
    }

    /// The labels of a tuple literal that has some (`(name: "", score: 0)`).
    func literalTupleLabels(_ e: ExprSyntax) -> [String?]? {
        guard let t = e.as(TupleExprSyntax.self), t.elements.count > 1, t.elements.contains(where: { $0.label != nil }) else { return nil }
        return t.elements.map { $0.label?.text }
    }

    func markInitialisedLater(_ name: String) {
        let last = ctx.scopes.count - 1
        guard var infos = ctx.scopes[last][name], !infos.isEmpty else { return }
        infos[infos.count - 1].initialisedLater = true
        ctx.scopes[last][name] = infos
    }

    /// Records the tuple labels of the variable `name` just declared in the innermost scope.
    func setTupleLabels(_ name: String, _ labels: [String?]) {
        let last = ctx.scopes.count - 1
        guard var infos = ctx.scopes[last][name], !infos.isEmpty else { return }
        infos[infos.count - 1].tupleLabels = labels
        ctx.scopes[last][name] = infos
    }

    /// The labels of the tuple variable `e` names, if it is one.
    func variableTupleLabels(_ e: ExprSyntax) -> [String?]? {
        guard let d = e.as(DeclReferenceExprSyntax.self), case .variable(let v)? = lookup(d.baseName.text) else { return nil }
        return v.tupleLabels
    }

    /// A value stored where a labelled tuple type is written takes its labels:
    /// `let t: (x: Int, y: Int) = (3, 4)` prints `(x: 3, y: 4)` and has `t.x`.
    func relabelled(_ e: Expr, by type: TypeSyntax?) -> Expr {
        guard let labels = tupleLabels(type) else { return e }
        return RelabelTuple(e, labels)
    }

    /// Types a lesson cannot use, named (a `Set` would otherwise be taken for an array).
    /// Every type name written must be one the subset gives Swift's meaning to: a name the
    /// interpreter does not know (or a fixed-width integer it would run as Int) is refused,
    /// not run as something else.
    func rejectUnsupportedTypes(_ type: TypeSyntax) throws {
        var nodes: [Syntax] = [Syntax(type)]
        while let node = nodes.popLast() {
            if node.is(AttributeSyntax.self) { continue }  // `@escaping` names no type
            nodes.append(contentsOf: node.children(viewMode: .sourceAccurate))
            if let s = node.as(SomeOrAnyTypeSyntax.self) {
                throw unsupported("opaque and existential types ('\(s.trimmedDescription)') are", s)
            }
            if let iuo = node.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
                throw LangError("implicitly unwrapped optionals ('\(iuo.trimmedDescription)') are not supported in lessons; use '\(iuo.wrappedType.trimmedDescription)?' and unwrap it", loc(iuo), .unsupported)
            }
            guard let id = node.as(IdentifierTypeSyntax.self) else { continue }
            let name = id.name.text
            if name == "Set" { throw unsupported("sets ('Set') are", id) }
            if Self.fixedWidthIntegers.contains(name) {
                throw LangError("fixed-width integer types ('\(name)') are not supported in lessons; use Int", loc(id), .unsupported)
            }
            // `enum Direction` declared in this cell: its own error, not "cannot find type".
            if let refused = unsupportedDeclarations[name] { throw refused }
            if !Self.knownTypeNames.contains(name), globals.types[name] == nil, announcedTypes[name] == nil,
               rt.library.types[name] == nil {
                throw LangError("cannot find type '\(name)' in scope", loc(id), .name)
            }
        }
    }

    static let knownTypeNames: Set<String> = [
        "Int", "Double", "Float", "Float32", "Float64", "Bool", "String", "Character", "Substring", "Void", "Array", "Dictionary",
        "Optional", "Range", "ClosedRange", "Any", "Never", "ArraySlice", "Self",
    ]
    static let fixedWidthIntegers: Set<String> = [
        "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64", "Int128", "UInt128",
    ]

    /// A function's or closure's result, typed and wrapped by its declared result type.
    func lowerResult(_ e: ExprSyntax, _ declared: SType, ofClosure: Bool = false) throws -> Expr {
        let (x, t) = try lowerExpr(e, declared == .unknown ? nil : declared)
        try checkNotOptional(t, where: declared, e, nilMessage: "'nil' is incompatible with return type '\(declared.name)'")
        if isMismatch(t, declared) || t == .void && declared.nonOptional.isKnownNonOptional && declared.nonOptional != .tuple([]) {
            throw LangError(ofClosure ? "cannot convert value of type '\(t.name)' to closure result type '\(declared.name)'"
                                      : "cannot convert return expression of type '\(t.name)' to return type '\(declared.name)'", loc(e), .type)
        }
        return wrappedIfOptional(x, declared)
    }

    /// `[]` or `[:]`, which Swift cannot type without an annotation.
    func emptyCollectionLiteral(_ e: ExprSyntax) -> ExprSyntax? {
        if let a = e.as(ArrayExprSyntax.self), a.elements.isEmpty { return e }
        if let d = e.as(DictionaryExprSyntax.self), case .colon = d.content { return e }
        return nil
    }

    /// An optional of type `t` where a known non-optional is declared, passed or returned must be
    /// unwrapped first; a `nil` literal there gets `nilMessage` (swiftc words each place apart).
    func checkNotOptional(_ t: SType, where declared: SType, _ n: some SyntaxProtocol, nilMessage: String) throws {
        guard declared.isKnownNonOptional, case .optional(let w) = t else { return }
        if Syntax(n).as(NilLiteralExprSyntax.self) != nil { throw LangError(nilMessage, loc(n), .type) }
        throw LangError("value of optional type '\(w == .unknown ? "_" : w.name)?' must be unwrapped to a value of type '\(declared.name)'", loc(n), .type)
    }

    func checkAssignable(_ t: SType, to declared: SType, _ n: some SyntaxProtocol) throws {
        // `let ds: [Double] = ints`: Swift converts no collection of one number type to another.
        if case .array(let a) = t, case .array(let b) = declared.nonOptional, a.isNumeric, b.isNumeric, a != b {
            throw LangError("cannot assign value of type '\(t.name)' to type '\(declared.name)'", loc(n), .type)
        }
        try checkNotOptional(t, where: declared, n, nilMessage: "'nil' cannot initialize specified type '\(declared.name)'")
        if isMismatch(t, declared) {
            throw LangError("cannot convert value of type '\(t.name)' to specified type '\(declared.name)'", loc(n), .type)
        }
    }

    /// A value of type `t` (non-optional) that Swift never converts to `declared` (or its
    /// optional): one number type for another, a number for a String or back, an array of one
    /// for an array of the other. Only types the
    /// lowerer knows for sure take part, so an untyped value is never refused here.
    func isMismatch(_ t: SType, _ declared: SType) -> Bool {
        let d = declared.nonOptional
        if case .array(let te) = t, case .array(let de) = d { return isMismatch(te, de) }
        return t.isNumeric && d.isNumeric && t != d || (t == .string && d.isNumeric) || (t.isNumeric && d == .string)
    }

    func lowerParams(_ params: FunctionParameterListSyntax, into d: FunctionDecl) throws {
        for p in params {
            try rejectUnsupportedTypes(p.type)
            var type = p.type
            var isInout = false
            if let a = type.as(AttributedTypeSyntax.self) {
                isInout = a.specifiers.description.contains("inout")
                type = a.baseType
            }
            let label: String? = p.firstName.text == "_" ? nil : p.firstName.text
            let st = lowerType(type)
            let def = try p.defaultValue.map { try lowerExpr($0.value, st == .unknown ? nil : st).0 }
            d.params.append(ParamInfo(label: label, slot: -1, type: st, isInout: isInout, defaultValue: def, variadic: p.ellipsis != nil))
        }
    }

    /// Modifiers the subset gives Swift's meaning to (access control changes nothing in one
    /// file); any other (`lazy`, `weak`, `async`, `override`...) would be silently misread.
    func rejectUnsupportedModifiers(_ modifiers: DeclModifierListSyntax) throws {
        let understood: Set<String> = ["static", "class", "mutating", "final", "private", "fileprivate", "internal", "public"]
        for m in modifiers where !understood.contains(m.name.text) {
            let what = m.name.text == "async" ? "'async let' is" : "'\(m.name.text)' is"
            throw unsupported(what, m)
        }
    }

    /// Lowers a function's signature (enough for callers) before its body.
    func lowerSignature(_ fd: FunctionDeclSyntax, selfType: NominalType?, isStatic: Bool) throws -> FunctionDecl {
        if fd.genericParameterClause != nil { throw unsupported("generic functions are", fd) }
        try rejectUnsupportedModifiers(fd.modifiers)
        if case .binaryOperator(let op) = fd.name.tokenKind {
            throw unsupported("operator functions ('\(op)') are", fd.name)
        }
        if fd.signature.effectSpecifiers?.throwsClause != nil { throw unsupported("throwing functions are", fd) }
        if fd.signature.effectSpecifiers?.asyncSpecifier != nil { throw unsupported("async functions are", fd) }
        let d = FunctionDecl(name: fd.name.text, loc: loc(fd.name), rt: rt)
        if let r = fd.signature.returnClause { try rejectUnsupportedTypes(r.type) }
        d.returnType = fd.signature.returnClause.map { lowerType($0.type) } ?? .void
        d.returnLabels = tupleLabels(fd.signature.returnClause?.type)
        d.isStatic = isStatic
        d.hasSelf = selfType != nil
        d.isMutating = fd.modifiers.contains { $0.name.text == "mutating" }
        if let m = fd.modifiers.first(where: { $0.name.text == "mutating" }) {
            if selfType == nil { throw LangError("'mutating' is only valid on methods", loc(m), .type) }
            if selfType?.isClass == true { throw LangError("'mutating' is not valid on instance methods in classes", loc(m), .type) }
        }
        try lowerParams(fd.signature.parameterClause.parameters, into: d)
        return d
    }

    /// Lowers a body in a new function context; parameters get slots first.
    func lowerBody(_ body: BodySyntax?, into d: FunctionDecl, selfType: NominalType?, isStatic: Bool, node: some SyntaxProtocol, paramNames: [String]? = nil, extraParam: (String, SType)? = nil) throws {
        guard let body else { throw LangError("function needs a body", loc(node), .parse) }
        let saved = ctx
        let savedLabels = loopLabels
        ctx = FuncCtx(level: saved.level + 1, parent: saved, selfType: selfType, isStatic: isStatic, decl: d, firstSlot: d.hasSelf ? 1 : 0)
        defer { ctx = saved; loopLabels = savedLabels }
        loopLabels = []
        var relabelParams: [Stmt] = []
        if let fd = node.as(FunctionDeclSyntax.self) {
            for (i, p) in fd.signature.parameterClause.parameters.enumerated() {
                let name = (p.secondName ?? p.firstName).text
                d.params[i].slot = declare(name, type: d.params[i].type, isLet: !d.params[i].isInout).slot
                // `func show(_ t: (a: Int, b: Int))` called with `(1, 2)` sees `t.a`.
                if let labels = tupleLabels(p.type), labels.contains(where: { $0 != nil }), !d.params[i].isInout {
                    setTupleLabels(name, labels)
                    let place = VarLV(hops: 0, slot: d.params[i].slot, global: nil, loc(p))
                    relabelParams.append(ExprStmt(AssignExpr(place, RelabelTuple(LocalOrOuter(place), labels), loc(p))))
                }
            }
        } else if let ini = node.as(InitializerDeclSyntax.self) {
            for (i, p) in ini.signature.parameterClause.parameters.enumerated() {
                let name = (p.secondName ?? p.firstName).text
                d.params[i].slot = declare(name, type: d.params[i].type, isLet: true).slot
            }
        }
        if let (name, t) = extraParam {
            d.params.append(ParamInfo(label: nil, slot: declare(name, type: t, isLet: true).slot, type: t, isInout: false, defaultValue: nil, variadic: false))
        }
        var stmts = try lowerItems(body.statements)
        if d.returnType != .void, body.statements.count == 1, case .expr(let e) = body.statements.first!.item,
           !e.is(IfExprSyntax.self), !e.is(SwitchExprSyntax.self) {
            stmts = [ReturnStmt(try lowerResult(e, d.returnType))]
        } else if !node.is(InitializerDeclSyntax.self) {
            let kind: String
            if node.is(FunctionDeclSyntax.self) {
                kind = selfType == nil ? (saved.level == 0 ? "global function" : "local function") : isStatic ? "static method" : "instance method"
            } else {
                kind = "getter"
            }
            try checkReturnsOnEveryPath(body, returnType: d.returnType, kind: kind, end: Syntax(node))
        }
        d.body = BlockStmt(relabelParams + stmts)
        d.frameSize = ctx.nextSlot
    }

    func lowerNominal(name: String, isClass: Bool, members: MemberBlockSyntax, inheritance: InheritanceClauseSyntax?, generics: Bool, node: DeclSyntax) throws -> Stmt? {
        guard ctx.level == 0 else { throw unsupported("types declared inside functions are", node) }
        if generics { throw unsupported("generic types are", node) }
        let t = announcedTypes.removeValue(forKey: name) ?? NominalType(name: name, isClass: isClass)
        t.globalFrame = globalFrame
        for inh in inheritance?.inheritedTypes ?? [] {
            let n = inh.type.trimmedDescription
            if ["CustomStringConvertible", "CustomDebugStringConvertible", "Equatable", "Hashable", "Comparable"].contains(n) {
                t.conformances.insert(n)
                continue
            }
            if globals.types[n]?.isClass == true { throw unsupported("class inheritance is", inh) }
            throw unsupported("conforming to '\(n)' is", inh)
        }
        let previous = globals.types[name]
        globals.types[name] = t
        var ok = false
        defer { if !ok { globals.types[name] = previous } }
        var staticInits: [(Int, Expr)] = []
        var bodies: [() throws -> Void] = []
        // stored properties and signatures first, so bodies can refer to any member
        for m in members.members {
            let d = m.decl
            try rejectUnsupportedAttributes(d)
            let isStatic = d.as(VariableDeclSyntax.self)?.modifiers.contains { $0.name.text == "static" || $0.name.text == "class" } ?? false
                || d.as(FunctionDeclSyntax.self)?.modifiers.contains { $0.name.text == "static" || $0.name.text == "class" } ?? false
            if let v = d.as(VariableDeclSyntax.self) {
                try rejectUnsupportedModifiers(v.modifiers)
                for b in v.bindings {
                    guard let id = b.pattern.as(IdentifierPatternSyntax.self) else { throw unsupported("this property pattern is", b) }
                    let pname = id.identifier.text
                    if let a = b.typeAnnotation { try rejectUnsupportedTypes(a.type) }
                    var st = b.typeAnnotation.map { lowerType($0.type) } ?? .unknown
                    if let acc = b.accessorBlock {
                        if isStatic { throw unsupported("static computed properties are", b) }
                        let getter = FunctionDecl(name: pname, loc: loc(id), rt: rt)
                        getter.hasSelf = true
                        getter.returnType = st
                        getter.returnLabels = tupleLabels(b.typeAnnotation?.type)
                        t.getters[pname] = getter
                        switch acc.accessors {
                        case .getter(let items):
                            bodies.append { [unowned self] in
                                try self.lowerBody(BodySyntax(getter: items, in: acc), into: getter, selfType: t, isStatic: false, node: acc)
                            }
                        case .accessors(let list):
                            for a in list {
                                switch a.accessorSpecifier.text {
                                case "get":
                                    bodies.append { [unowned self] in try self.lowerBody(a.body.map(BodySyntax.init), into: getter, selfType: t, isStatic: false, node: a) }
                                case "set":
                                    let setter = FunctionDecl(name: pname, loc: loc(a), rt: rt)
                                    setter.hasSelf = true
                                    setter.isMutating = true
                                    t.setters[pname] = setter
                                    let pn = a.parameters?.name.text ?? "newValue"
                                    bodies.append { [unowned self] in
                                        try self.lowerBody(a.body.map(BodySyntax.init), into: setter, selfType: t, isStatic: false, node: a, extraParam: (pn, st))
                                    }
                                default: throw unsupported("'\(a.accessorSpecifier.text)' observers are", a)
                                }
                            }
                        }
                        continue
                    }
                    var def: Expr?
                    if let i = b.initializer {
                        let (e, et) = try lowerExpr(i.value, st == .unknown ? nil : st)
                        def = relabelled(wrappedIfOptional(e, st), by: b.typeAnnotation?.type)
                        if st == .unknown { st = et }
                    } else if case .optional = st, v.bindingSpecifier.text == "var" {
                        def = ConstExpr(.optional(nil), loc(b))
                    }
                    if isStatic {
                        guard let def else { throw LangError("'static var' declaration requires an initializer expression", loc(b), .type) }
                        let slot = ctx.allocate()
                        t.staticSlots[pname] = slot
                        t.staticTypes[pname] = st
                        staticInits.append((slot, def))
                    } else {
                        t.addStored(pname, st, def, isLet: v.bindingSpecifier.text == "let")
                    }
                }
            } else if let fd = d.as(FunctionDeclSyntax.self) {
                let decl = try lowerSignature(fd, selfType: t, isStatic: isStatic)
                decl.hasSelf = true
                if isStatic { t.staticMethods[fd.name.text, default: []].append(decl) } else { t.methods[fd.name.text, default: []].append(decl) }
                bodies.append { [unowned self] in try self.lowerBody(fd.body.map(BodySyntax.init), into: decl, selfType: t, isStatic: isStatic, node: fd) }
            } else if let ini = d.as(InitializerDeclSyntax.self) {
                if ini.optionalMark != nil { throw unsupported("failable initializers are", ini) }
                try rejectUnsupportedModifiers(ini.modifiers)
                let decl = FunctionDecl(name: "init", loc: loc(ini.initKeyword), rt: rt)
                decl.hasSelf = true
                decl.isMutating = true
                try lowerParams(ini.signature.parameterClause.parameters, into: decl)
                t.inits.append(decl)
                bodies.append { [unowned self] in
                    try self.checkInitialisesEveryProperty(ini, of: t)
                    try self.lowerBody(ini.body.map(BodySyntax.init), into: decl, selfType: t, isStatic: false, node: ini)
                }
            } else if d.is(DeinitializerDeclSyntax.self) {
                throw unsupported("deinitializers are", d)
            } else if d.is(SubscriptDeclSyntax.self) {
                throw unsupported("subscript declarations are", d)
            } else if d.is(StructDeclSyntax.self) || d.is(ClassDeclSyntax.self) || d.is(EnumDeclSyntax.self) {
                throw unsupported("types declared inside types are", d)
            } else {
                throw unsupported("this member is", d)
            }
        }
        for b in bodies { try b() }
        ok = true
        return TypeDeclStmt(staticInits)
    }
}
