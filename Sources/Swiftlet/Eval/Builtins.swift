import Foundation

/// Conversions and initializers of the standard types: `Int(x)`, `Double(x)`, `String(format:)`...
func builtinConstruct(_ type: String, _ v: [Value], _ labels: [String?], literal: [Bool], loc: Loc) throws -> Value {
    func bad() -> LangError {
        LangError("no '\(type)' initializer takes (\(labels.map { ($0 ?? "_") + ":" }.joined()))", loc, .type)
    }
    if labels == [nil] {
        let x = v[0]
        switch (type, x) {
        case ("Int", .int): return x
        case ("Int", .double(let d)):
            guard let i = Int(exactly: d.rounded(.towardZero)) else { throw LangError("Double value \(d) cannot be converted to Int because it is outside the representable range", loc) }
            return .int(i)
        case ("Int", .float(let d)):
            guard let i = Int(exactly: d.rounded(.towardZero)) else { throw LangError("Float value \(d) cannot be converted to Int because it is outside the representable range", loc) }
            return .int(i)
        case ("Int", .string(let s)): return .optional(Int(s).map { .int($0) })
        case ("Double", .int(let i)): return .double(Double(i))
        case ("Double", .double): return x
        case ("Double", .float(let f)): return .double(Double(f))
        case ("Double", .string(let s)): return .optional(Double(s).map { .double($0) })
        case ("Float", .int(let i)): return .float(Float(i))
        case ("Float", .double(let d)): return .float(Float(d))
        case ("Float", .float): return x
        case ("Float", .string(let s)): return .optional(Float(s).map { .float($0) })
        case ("String", .array(let characters)) where characters.allSatisfy({ if case .string(let c) = $0 { return c.count == 1 }; return false }):
            // `String([Character])`: the characters joined (a Character is a one-character string here).
            return .string(characters.map(\.description).joined())
        case ("String", _): return .string(x.description)
        case ("Bool", .bool): return x
        case ("Array", .array): return x
        case ("Array", .range(let r)):
            guard let (l, u) = r.bounds else { throw bad() }
            try SizeLimits.check(SizeLimits.span(l, u), "an array", loc)
            return .array((l..<max(l, u)).map { .int($0) })
        case ("Array", .string(let s)): return .array(s.map { .string(String($0)) })
        // A Character is a one-character String here; Swift traps on any other count.
        case ("Character", .string(let s)):
            guard s.count == 1 else {
                throw LangError("Can't form a Character from a String containing \(s.isEmpty ? "no" : "more than one") extended grapheme cluster\(s.isEmpty ? "s" : "")", loc)
            }
            return x
        default: throw bad()
        }
    }
    // `Int("101", radix: 2)`, `String(10, radix: 2)`, as Swift parses and prints in a base.
    if labels == [nil, "radix"], case .int(let base) = v[1] {
        guard (2...36).contains(base) else { throw LangError("Radix must be between 2 and 36", loc) }
        switch (type, v[0]) {
        case ("Int", .string(let s)): return .optional(Int(s, radix: base).map { .int($0) })
        case ("String", .int(let n)): return .string(String(n, radix: base))
        default: throw bad()
        }
    }
    if type == "String" && labels.first == "format" {
        guard case .string(let fmt) = v[0] else { throw bad() }
        return .string(try formatString(fmt, Array(v.dropFirst()), loc: loc))
    }
    if type == "String" && labels == ["describing"] { return .string(v[0].description) }
    if type == "String" && labels == ["repeating", "count"] {
        guard case .string(let s) = v[0], case .int(let n) = v[1], n >= 0 else { throw bad() }
        let (bytes, overflow) = s.utf8.count.multipliedReportingOverflow(by: n)
        try SizeLimits.check(overflow ? .max : bytes, "a string", loc)
        return .string(String(repeating: s, count: n))
    }
    if type == "Array" && labels == ["repeating", "count"] {
        guard case .int(let n) = v[1], n >= 0 else { throw LangError("Array count must be a non-negative Int", loc) }
        try SizeLimits.check(n, "an array", loc)
        return .array(Array(repeating: v[0], count: n))
    }
    if labels.isEmpty {
        switch type {
        case "Int": return .int(0)
        case "Double": return .double(0)
        case "Float": return .float(0)
        case "String": return .string("")
        case "Bool": return .bool(false)
        case "Array": return .array([])
        case "Dictionary": return .dictionary(OrderedDict())
        default: break
        }
    }
    throw bad()
}

/// `String(format:)` for the specifiers lessons use: %d %i %ld %f %e %g (with flags, width,
/// precision), %@, %%. (%s is refused: in Swift it takes a C string pointer, not a String.)
func formatString(_ fmt: String, _ args: [Value], loc: Loc) throws -> String {
    var out = ""
    let it = Array(fmt)
    var i = 0, argIndex = 0
    func nextArg() throws -> Value {
        guard argIndex < args.count else { throw LangError("String(format:) has more specifiers than arguments", loc) }
        defer { argIndex += 1 }
        return args[argIndex]
    }
    while i < it.count {
        let c = it[i]
        if c != "%" { out.append(c); i += 1; continue }
        var spec = "%"
        i += 1
        while i < it.count, "-+ #0123456789.".contains(it[i]) { spec.append(it[i]); i += 1 }
        var length = ""
        while i < it.count, "lhqLzjt".contains(it[i]) { length.append(it[i]); i += 1 }
        // Without `l` (or `q`, `z`...), C's integer conversions read 32 bits: Swift's
        // `String(format: "%d", 3_000_000_000)` prints -1294967296.
        let reads32Bits = length.isEmpty || length.hasPrefix("h")
        guard i < it.count else { break }
        let conv = it[i]; i += 1
        switch conv {
        case "%": out += "%"
        case "d", "i":
            let a = try nextArg()
            guard case .int(let n) = a else { throw LangError("%\(conv) needs an Int argument, got \(a.typeName)", loc, .type) }
            out += reads32Bits ? String(format: spec + length + String(conv), Int32(truncatingIfNeeded: n)) : String(format: spec + "ld", n)
        case "f", "F", "e", "E", "g", "G":
            let a = try nextArg()
            let d: Double
            switch a {
            case .double(let x): d = x
            case .float(let x): d = Double(x)
            default: throw LangError("%\(conv) needs a Double argument, got \(a.typeName)", loc, .type)
            }
            out += String(format: spec + String(conv), d)
        case "s":
            // Swift passes a String to %s as no C string at all (it prints nothing or garbage).
            throw LangError("%s takes a C string pointer in Swift; use %@ for a String", loc, .type)
        case "@":
            let a = try nextArg()
            // Swift on Linux passes only objects to %@ (a number there crashes the program).
            guard case .string(let s) = a else { throw LangError("%@ needs a String argument, got \(a.typeName)", loc, .type) }
            out += spec == "%" ? s : String(format: spec + "@", s as NSString)
        case "x", "X", "o":
            let a = try nextArg()
            guard case .int(let n) = a else { throw LangError("%\(conv) needs an Int argument", loc, .type) }
            out += reads32Bits ? String(format: spec + length + String(conv), UInt32(truncatingIfNeeded: n)) : String(format: spec + "l" + String(conv), n)
        default:
            throw LangError("unsupported format specifier '%\(conv)'", loc, .unsupported)
        }
    }
    return out
}

func builtinStaticMethod(_ type: String, _ name: String, _ v: [Value], _ labels: [String?], rt: Runtime, loc: Loc) throws -> Value? {
    return nil
}

func numericPair(_ a: Value, _ b: Value, _ loc: Loc, _ fname: String) throws -> (Value, Value) {
    switch (a, b) {
    case (.int, .int), (.double, .double), (.float, .float), (.string, .string): return (a, b)
    default: throw LangError("\(fname) needs arguments of the same type, got '\(a.typeName)' and '\(b.typeName)'", loc, .type)
    }
}

func lessThan(_ a: Value, _ b: Value, _ loc: Loc) throws -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y
    case (.double(let x), .double(let y)): return x < y
    case (.float(let x), .float(let y)): return x < y
    case (.string(let x), .string(let y)): return x < y
    case (.tuple(let x), .tuple(let y)):
        for i in 0..<min(x.elements.count, y.elements.count) {
            if try lessThan(x.elements[i], y.elements[i], loc) { return true }
            if try lessThan(y.elements[i], x.elements[i], loc) { return false }
        }
        return false
    default: throw LangError("values of type '\(a.typeName)' and '\(b.typeName)' cannot be compared with '<'", loc, .type)
    }
}

/// Math on Double or Float keeping the argument's type, as Foundation's overloads do.
func math(_ name: String, _ x: Value, _ loc: Loc, _ d: (Double) -> Double, _ f: (Float) -> Float) throws -> Value {
    switch x {
    case .double(let v): return .double(d(v))
    case .float(let v): return .float(f(v))
    default: throw LangError("\(name) needs a Double or Float argument, got '\(x.typeName)'", loc, .type)
    }
}
