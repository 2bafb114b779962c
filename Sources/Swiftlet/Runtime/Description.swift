import Foundation

/// Text of values exactly as Swift's `print` and `debugPrint` render them.
extension Value {
    /// What `print(v)` writes.
    public var description: String { describe(debug: false) }
    /// What `debugPrint(v)` writes, and how elements inside collections appear.
    public var debugDescription: String { describe(debug: true) }

    func describe(debug: Bool) -> String {
        switch self {
        case .void: return "()"
        case .int(let v): return String(v)
        // `print` writes a NaN's sign (`-nan`, what 0.0 / 0.0 gives on x86), `description` does not.
        case .double(let v): return v.isNaN && v.sign == .minus ? "-nan" : v.description
        case .float(let v): return v.isNaN && v.sign == .minus ? "-nan" : v.description
        case .bool(let v): return v ? "true" : "false"
        case .string(let s): return debug ? s.debugDescription : s
        case .array(let a): return "[" + a.map { $0.describe(debug: true) }.joined(separator: ", ") + "]"
        case .dictionary(let d):
            if d.count == 0 { return "[:]" }
            var parts: [String] = []
            for i in 0..<d.keys.count {
                parts.append(d.keys[i].describe(debug: true) + ": " + d.values[i].describe(debug: true))
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case .tuple(let t):
            var parts: [String] = []
            for (i, e) in t.elements.enumerated() {
                let label = t.labels[i].map { $0 + ": " } ?? ""
                parts.append(label + e.describe(debug: true))
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .optional(let v):
            guard let v else { return "nil" }
            return "Optional(" + v.describe(debug: true) + ")"
        case .range(let r):
            // A partial range prints as its type with its one bound; inside a collection the
            // type names are qualified, as Swift's debug description does.
            let swift = debug ? "Swift." : ""
            switch (r.lower, r.upper) {
            case (let lower?, nil): return "\(swift)PartialRangeFrom<\(swift)Int>(lowerBound: \(lower))"
            case (nil, let upper?): return "\(swift)\(r.closed ? "PartialRangeThrough" : "PartialRangeUpTo")<\(swift)Int>(upperBound: \(upper))"
            default: break
            }
            let op = r.closed ? "..." : "..<"
            let text = (r.lower.map(String.init) ?? "") + op + (r.upper.map(String.init) ?? "")
            // Inside a collection a range shows its type, as Swift's debug description does.
            guard debug, r.lower != nil, r.upper != nil else { return text }
            return "\(r.closed ? "ClosedRange" : "Range")(\(text))"
        case .function: return "(Function)"
        case .structValue(let s):
            if let text = s.type.customDescription(of: self, debug: debug) { return text }
            var parts: [String] = []
            for (i, f) in s.type.storedNames.enumerated() {
                parts.append(f + ": " + s.fields[i].describe(debug: true))
            }
            // Nested in another value, a struct's name is qualified by its module, as in Swift.
            return (debug ? "main." : "") + s.type.name + "(" + parts.joined(separator: ", ") + ")"
        case .object(let o):
            if let text = o.type.customDescription(of: self, debug: debug) { return text }
            return "main." + o.type.name
        case .host(let h):
            if let d = HostDescriptions.describe(h) { return d }
            return String(describing: h)
        case .type(let t): return t.name
        }
    }
}

/// Host types register how their objects print; looked up by object identity of the type.
/// Every session registers its library's types, and `lesson test --jobs N` creates sessions
/// on several threads at once, so the shared table is only touched under its lock.
enum HostDescriptions {
    nonisolated(unsafe) private static var table: [ObjectIdentifier: (AnyObject) -> String] = [:]
    private static let lock = NSLock()
    static func register(_ id: ObjectIdentifier, _ describe: @escaping (AnyObject) -> String) {
        lock.lock(); defer { lock.unlock() }
        table[id] = describe
    }
    static func describe(_ h: AnyObject) -> String? {
        lock.lock()
        let describe = table[ObjectIdentifier(Swift.type(of: h))]
        lock.unlock()
        return describe.map { $0(h) }
    }
}
