import Foundation

/// Free functions of the standard library and Foundation that lessons use.
func makeGlobalFunctions(rt: Runtime) -> [String: Callable] {
    var g: [String: Callable] = [:]
    /// `print` and `debugPrint`: the same arguments, items described plainly or for debugging.
    func printer(_ name: String, debug: Bool) -> LabelledBuiltin {
        LabelledBuiltin(name) { [unowned rt] args, labels in
            var sep = " ", term = "\n", items: [String] = []
            for (i, l) in labels.enumerated() {
                switch l {
                case "separator": sep = try args[i].asString()
                case "terminator": term = try args[i].asString()
                default: items.append(debug ? args[i].debugDescription : args[i].description)
                }
            }
            rt.write(items.joined(separator: sep) + term)
            return .void
        }
    }
    g["print"] = printer("print", debug: false)
    g["debugPrint"] = printer("debugPrint", debug: true)
    for name in ["min", "max"] {
        g[name] = LabelledBuiltin(name) { args, _ in
            guard args.count >= 2 else { throw HostError("\(name) needs at least two arguments") }
            var best = args[0]
            for x in args.dropFirst() {
                _ = try numericPair(best, x, .none, name)
                // Swift's own rules: `min` keeps the first of equal values, `max` takes the last
                // (`max(-0.0, 0.0)` is `0.0`), and a NaN wins only where a comparison says so.
                let less = try lessThan(x, best, .none)
                let greaterOrEqual = try lessThan(best, x, .none) || valuesEqual(best, x) == true
                if name == "min" ? less : greaterOrEqual { best = x }
            }
            return best
        }
    }
    g["abs"] = BuiltinFunction("abs") { a in
        switch a[0] {
        case .int(let i):
            guard i != .min else { throw HostError("arithmetic overflow: abs(Int.min)") }
            return .int(abs(i))
        case .double(let d): return .double(abs(d))
        case .float(let d): return .float(abs(d))
        default: throw HostError("abs needs a number")
        }
    }
    let unary: [(String, (Double) -> Double, (Float) -> Float)] = [
        ("sqrt", { $0.squareRoot() }, { $0.squareRoot() }), ("exp", { Foundation.exp($0) }, { Foundation.exp($0) }),
        ("log", { Foundation.log($0) }, { Foundation.log($0) }), ("sin", { Foundation.sin($0) }, { Foundation.sin($0) }),
        ("cos", { Foundation.cos($0) }, { Foundation.cos($0) }), ("tan", { Foundation.tan($0) }, { Foundation.tan($0) }),
        ("tanh", { Foundation.tanh($0) }, { Foundation.tanh($0) }), ("floor", { Foundation.floor($0) }, { Foundation.floor($0) }),
        ("ceil", { Foundation.ceil($0) }, { Foundation.ceil($0) }), ("round", { Foundation.round($0) }, { Foundation.round($0) }),
        ("log2", { Foundation.log2($0) }, { Foundation.log2($0) }), ("log10", { Foundation.log10($0) }, { Foundation.log10($0) }),
        ("atan", { Foundation.atan($0) }, { Foundation.atan($0) }),
    ]
    for (name, d, f) in unary {
        g[name] = BuiltinFunction(name) { a in
            guard a.count == 1 else { throw HostError("\(name) takes one argument") }
            return try math(name, a[0], .none, d, f)
        }
    }
    g["pow"] = BuiltinFunction("pow") { a in
        switch (a[0], a[1]) {
        case (.double(let x), .double(let y)): return .double(Foundation.pow(x, y))
        case (.float(let x), .float(let y)): return .float(Foundation.pow(x, y))
        default: throw HostError("pow needs two Double (or two Float) arguments, got \(a[0].typeName) and \(a[1].typeName)")
        }
    }
    g["stride"] = LabelledBuiltin("stride") { a, labels in
        guard labels.count == 3, labels[0] == "from", labels[2] == "by" else { throw HostError("stride needs (from:to:by:) or (from:through:by:)") }
        let through = labels[1] == "through"
        switch (a[0], a[1], a[2]) {
        case (.int(let from), .int(let to), .int(let by)):
            guard by != 0 else { throw HostError("stride step must not be zero") }
            let span = by > 0 ? SizeLimits.span(from, to) : SizeLimits.span(to, from)
            if span / Swift.max(1, by.magnitude > UInt(Int.max) ? Int.max : Swift.abs(by)) > SizeLimits.maxElements {
                throw HostError("a stride of more than \(SizeLimits.maxElements) elements exceeds the limit")
            }
            let s: [Int] = through ? Array(Swift.stride(from: from, through: to, by: by)) : Array(Swift.stride(from: from, to: to, by: by))
            return .array(s.map { .int($0) })
        case (.double(let from), .double(let to), .double(let by)):
            guard by != 0 else { throw HostError("stride step must not be zero") }
            let s: [Double] = through ? Array(Swift.stride(from: from, through: to, by: by)) : Array(Swift.stride(from: from, to: to, by: by))
            return .array(s.map { .double($0) })
        default: throw HostError("stride needs Int or Double arguments of one type")
        }
    }
    g["zip"] = BuiltinFunction("zip") { a in
        guard a.count == 2 else { throw HostError("zip takes two sequences") }
        let x = try sequenceElements(a[0], .none), y = try sequenceElements(a[1], .none)
        return .array(zip(x, y).map { .tuple(TupleValue([$0, $1])) })
    }
    g["fatalError"] = BuiltinFunction("fatalError") { a in
        throw HostError("Fatal error" + (a.isEmpty ? "" : ": " + a[0].description))
    }
    g["preconditionFailure"] = BuiltinFunction("preconditionFailure") { a in
        throw HostError("Fatal error" + (a.isEmpty ? "" : ": " + a[0].description))
    }
    // Lessons run as a debug build does (`-Onone`, what the export compiles): a failed
    // `assert` stops with its own words.
    for (name, words) in [("precondition", "Precondition failed"), ("assert", "Assertion failed")] {
        g[name] = BuiltinFunction(name) { a in
            if case .bool(false) = a[0] { throw HostError(words + (a.count > 1 ? ": " + a[1].description : "")) }
            return .void
        }
    }
    return g
}

let builtinTypeNames: Set<String> = ["Int", "Double", "Float", "String", "Bool", "Array", "Dictionary", "Character"]
