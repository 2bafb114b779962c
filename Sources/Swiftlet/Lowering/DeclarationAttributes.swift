import SwiftSyntax

/// Attributes on declarations (`@discardableResult func`, `@Clamp var x`) change what a program
/// means, and the lowerer reads declarations without them: one it does not give Swift's meaning
/// to is refused by name, never ignored (a property wrapper ignored printed the unwrapped value).
extension Lowerer {
    /// Attributes that change nothing a lesson can observe.
    static let harmlessDeclarationAttributes: Set<String> = ["discardableResult", "inline", "inlinable", "usableFromInline", "available"]

    /// Refuses the first declaration attribute in `file` that is not harmless. Attributes of types
    /// (`@escaping`) and closures are left to the code that reads them.
    func checkDeclarationAttributes(_ file: SourceFileSyntax) throws {
        let finder = AttributeFinder(viewMode: .sourceAccurate)
        finder.walk(file)
        guard let attribute = finder.firstRefused else { return }
        let name = attribute.attributeName.trimmedDescription
        let onVariable = attribute.parent?.parent?.is(VariableDeclSyntax.self) == true
        if name == "propertyWrapper" || onVariable && name.first?.isUppercase == true {
            throw unsupported("property wrappers are", attribute)
        }
        if name == "resultBuilder" { throw unsupported("result builders are", attribute) }
        throw unsupported("the attribute '@\(name)' is", attribute)
    }
}

/// Finds the first attribute written on a declaration that `harmlessDeclarationAttributes` lacks.
private final class AttributeFinder: SyntaxVisitor {
    var firstRefused: AttributeSyntax?

    override func visit(_ node: AttributeSyntax) -> SyntaxVisitorContinueKind {
        guard firstRefused == nil else { return .skipChildren }
        // An attribute's list belongs to a declaration, a type (`@escaping`) or a closure signature.
        if node.parent?.parent?.is(DeclSyntax.self) == true,
           !Lowerer.harmlessDeclarationAttributes.contains(node.attributeName.trimmedDescription) {
            firstRefused = node
        }
        return .skipChildren
    }
}
