import SwiftSyntax

/// Attributes on declarations (`@discardableResult func`, `@Clamp var x`) change what a program
/// means, and the lowerer reads declarations without them: one it does not give Swift's meaning
/// to is refused by name, never ignored (a property wrapper ignored printed the unwrapped value).
extension Lowerer {
    /// Attributes that change nothing a lesson can observe.
    static let harmlessDeclarationAttributes: Set<String> = ["discardableResult", "inline", "inlinable", "usableFromInline", "available"]

    /// Refuses the first attribute of `decl` that is not harmless. Attributes of types
    /// (`@escaping`) and closures are left to the code that reads them. Checked where each
    /// declaration is lowered (a walk of the whole tree cost 3% of a short cell).
    func rejectUnsupportedAttributes(_ decl: DeclSyntax) throws {
        guard let attributes = decl.asProtocol(WithAttributesSyntax.self)?.attributes else { return }
        for element in attributes {
            guard case .attribute(let attribute) = element else { throw unsupported("conditional compilation ('#if') is", element) }
            let name = attribute.attributeName.trimmedDescription
            if Self.harmlessDeclarationAttributes.contains(name) { continue }
            if name == "propertyWrapper" || decl.is(VariableDeclSyntax.self) && name.first?.isUppercase == true {
                throw unsupported("property wrappers are", attribute)
            }
            if name == "resultBuilder" { throw unsupported("result builders are", attribute) }
            throw unsupported("the attribute '@\(name)' is", attribute)
        }
    }
}
