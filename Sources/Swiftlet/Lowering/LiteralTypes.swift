import SwiftSyntax

/// The type Swift gives a literal from all of its parts: `[[1, 2], [3.5]]` is `[[Double]]`,
/// `["a": 1, "b": 2.5]` is `[String: Double]`. Read from the syntax alone, so a literal is
/// still lowered once, with the joint type as its context.
extension Lowerer {
    /// A number literal's text without its `_` separators (`1_000` is `1000`). Checked first:
    /// almost no literal has one, and Foundation's `replacingOccurrences` costs more than the
    /// rest of lowering the literal.
    func digits(of literal: TokenSyntax) -> String {
        let text = literal.text
        return text.contains("_") ? String(text.filter { $0 != "_" }) : text
    }

    /// The type of `e` as far as its literals and typed names tell; `.unknown` for anything else.
    func literalType(_ e: ExprSyntax) -> SType {
        if isIntLiteral(e) { return .int }
        if e.is(FloatLiteralExprSyntax.self) { return .double }
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-", p.expression.is(FloatLiteralExprSyntax.self) { return .double }
        if e.is(StringLiteralExprSyntax.self) { return .string }
        if e.is(BooleanLiteralExprSyntax.self) { return .bool }
        if let a = e.as(ArrayExprSyntax.self) { return .array(jointType(a.elements.map { literalType($0.expression) })) }
        if let d = e.as(DictionaryExprSyntax.self) {
            guard case .elements(let list) = d.content else { return .dict(.unknown, .unknown) }
            return .dict(jointType(list.map { literalType($0.key) }), jointType(list.map { literalType($0.value) }))
        }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first, only.label == nil {
            return literalType(only.expression)
        }
        if e.is(DeclReferenceExprSyntax.self) { return (try? staticTypeOf(e)) ?? .unknown }
        // `Double(3)`, `Float(x)`, `Double.pi`: the floating type named, where it is the standard one.
        if let c = e.as(FunctionCallExprSyntax.self), let n = c.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text,
           n == "Double" || n == "Float", case .builtinType? = lookup(n) {
            return n == "Double" ? .double : .float
        }
        if let m = e.as(MemberAccessExprSyntax.self), let n = m.base?.as(DeclReferenceExprSyntax.self)?.baseName.text,
           n == "Double" || n == "Float", case .builtinType? = lookup(n),
           ["pi", "infinity", "nan", "greatestFiniteMagnitude", "ulpOfOne"].contains(m.declName.baseName.text) {
            return n == "Double" ? .double : .float
        }
        // `3.14 * r * r`: arithmetic keeps its operands' joint type.
        if let i = e.as(InfixOperatorExprSyntax.self), let op = i.operator.as(BinaryOperatorExprSyntax.self),
           ["+", "-", "*", "/"].contains(op.operator.text) {
            let l = literalType(i.leftOperand), r = literalType(i.rightOperand)
            if l == .unknown || r == .unknown { return .unknown }
            return widened(l, r) ?? .unknown
        }
        return .unknown
    }

    /// The type all of `types` fit in (unknown ones fit anything); the first one where two do not join.
    func jointType(_ types: [SType]) -> SType {
        var joint: SType = .unknown
        for t in types where t != .unknown {
            joint = joint == .unknown ? t : (widened(joint, t) ?? joint)
        }
        return joint
    }

    /// Two literal types joined as Swift joins them: an Int next to a Double is a Double, also
    /// inside arrays and dictionaries. nil when they do not join.
    func widened(_ a: SType, _ b: SType) -> SType? {
        if a == b || b == .unknown { return a }
        if a == .unknown { return b }
        switch (a, b) {
        case (.int, .double), (.double, .int): return .double
        case (.int, .float), (.float, .int): return .float
        case (.array(let x), .array(let y)): return widened(x, y).map { .array($0) }
        case (.dict(let k1, let v1), .dict(let k2, let v2)):
            guard let k = widened(k1, k2), let v = widened(v1, v2) else { return nil }
            return .dict(k, v)
        default: return nil
        }
    }

    /// The context for lowering `e` when its own parts call for a wider type than its first
    /// element gives: nil when the first element's type already fits all of them.
    func widerContext(_ joint: SType, than first: SType) -> SType? {
        joint == .unknown || joint == first ? nil : joint
    }
}
