import Foundation

func isMutatingBuiltin(_ name: String) -> Bool {
    switch name {
    case "append", "insert", "remove", "removeLast", "removeFirst", "removeAll", "popLast", "sort", "reverse",
         "removeValue", "updateValue", "swapAt", "shuffle":
        return true
    default: return false
    }
}

/// A trailing closure carries no label in the call; Swift matches it to the closure parameter
/// (`xs.sorted { $0 > $1 }` is `sorted(by:)`, `xs.first { ... }` is `first(where:)`).
func trailingClosureLabels(_ name: String, _ a: [Value], _ labels: [String?]) -> [String?] {
    guard labels == [nil], a.count == 1, case .function = a[0] else { return labels }
    switch name {
    case "sort", "sorted", "min", "max": return ["by"]
    case "contains", "first", "firstIndex", "last", "lastIndex", "removeAll": return ["where"]
    case "prefix", "drop": return ["while"]
    default: return labels
    }
}

func mutatingBuiltin(_ v: inout Value, _ name: String, _ a: [Value], _ labels: [String?], rt: Runtime, loc: Loc) throws -> Value {
    let labels = trailingClosureLabels(name, a, labels)
    if var arr = v.takeArray() {
        defer { v = .array(arr) }
        switch (name, labels) {
        case ("append", [nil]):
            try SizeLimits.check(arr.count + 1, "an array", loc)
            arr.append(a[0]); return .void
        case ("append", ["contentsOf"]):
            guard case .array(let other) = a[0] else { break }
            try SizeLimits.check(SizeLimits.sum(arr.count, other.count), "an array", loc)
            arr.append(contentsOf: other); return .void
        case ("insert", [nil, "at"]):
            guard case .int(let i) = a[1], i >= 0, i <= arr.count else { throw LangError("insert index out of range", loc) }
            arr.insert(a[0], at: i); return .void
        case ("remove", ["at"]):
            guard case .int(let i) = a[0], i >= 0, i < arr.count else { throw LangError("index out of range", loc) }
            return arr.remove(at: i)
        case ("removeLast", []):
            guard !arr.isEmpty else { throw LangError("can't remove last element from an empty collection", loc) }
            return arr.removeLast()
        case ("removeFirst", []):
            guard !arr.isEmpty else { throw LangError("can't remove first element from an empty collection", loc) }
            return arr.removeFirst()
        case ("removeAll", []): arr.removeAll(); return .void
        case ("removeAll", ["where"]):
            try arr.removeAll { try invoke(a[0], [$0], loc: loc).asBoolOr(loc) }; return .void
        case ("removeLast", [nil]), ("removeFirst", [nil]):
            let k = try nonNegativeCount(a[0], loc)
            guard k <= arr.count else { throw LangError("can't remove more items from a collection than it contains", loc) }
            if name == "removeLast" { arr.removeLast(k) } else { arr.removeFirst(k) }
            return .void
        case ("popLast", []): return .optional(arr.popLast())
        case ("reverse", []): arr.reverse(); return .void
        case ("swapAt", [nil, nil]):
            guard case .int(let i) = a[0], case .int(let j) = a[1], i >= 0, j >= 0, i < arr.count, j < arr.count else { throw LangError("index out of range", loc) }
            arr.swapAt(i, j); return .void
        case ("sort", []):
            try arr.sort { try lessThan($0, $1, loc) }; return .void
        case ("sort", ["by"]):
            try arr.sort { x, y in try invoke(a[0], [x, y], loc: loc).asBoolOr(loc) }; return .void
        default: break
        }
    } else if var d = v.takeDictionary() {
        defer { v = .dictionary(d) }
        switch (name, labels) {
        case ("removeValue", ["forKey"]):
            let old = d[a[0]]
            try setDict(&d, a[0], nil, loc)
            return .optional(old)
        case ("updateValue", [nil, "forKey"]):
            let old = d[a[1]]
            try setDict(&d, a[1], a[0], loc)
            return .optional(old)
        case ("removeAll", []): d = OrderedDict(); return .void
        default: break
        }
    } else if var s = v.takeString() {
        defer { v = .string(s) }
        switch (name, labels) {
        case ("append", [nil]):
            guard case .string(let t) = a[0] else { break }
            try SizeLimits.check(SizeLimits.sum(s.utf8.count, t.utf8.count), "a string", loc)
            s += t; return .void
        case ("removeLast", []):
            guard !s.isEmpty else { throw LangError("can't remove last element from an empty collection", loc) }
            return .string(String(s.removeLast()))
        default: break
        }
    }
    throw LangError("value of type '\(v.typeName)' has no mutating member '\(name)' taking (\(labels.map { ($0 ?? "_") + ":" }.joined()))", loc, .name)
}

extension Value {
    func asBoolOr(_ loc: Loc) throws -> Bool {
        guard case .bool(let b) = self else { throw LangError("expected Bool, got \(typeName)", loc, .type) }
        return b
    }
}

/// Largest collection a single builtin may create, so a typo cannot exhaust memory.
let maxMaterialized = 50_000_000

/// Calls `body` with each element in order while it returns true. A range is walked without
/// making its array: `for i in 0..<10_000_000` whose body captures `i` needs no 10-million-element
/// array (320 MB), and no size limit stops it before the time limit does.
@inline(__always)
func forEachElement(of v: Value, _ loc: Loc, _ body: (Value) throws -> Bool) throws {
    guard case .range(let r) = v else {
        for e in try sequenceElements(v, loc) { guard try body(e) else { return } }
        return
    }
    guard let lower = r.lower, let upper = r.upper else { throw LangError("cannot iterate over a partial range", loc, .type) }
    // Closed ranges stop at `upper` itself, so `0...Int.max` needs no `upper + 1`.
    guard r.closed ? lower <= upper : lower < upper else { return }
    var i = lower
    while true {
        guard try body(.int(i)) else { return }
        if r.closed ? i == upper : i == upper - 1 { return }
        i += 1
    }
}

/// Elements of anything `for ... in` and the sequence methods accept.
func sequenceElements(_ v: Value, _ loc: Loc) throws -> [Value] {
    switch v {
    case .array(let a): return a
    case .range(let r):
        guard let (l, u) = r.bounds else {
            if r.lower == nil || r.upper == nil { throw LangError("cannot iterate over a partial range", loc, .type) }
            // `n...Int.max`: its count does not fit in an Int, so it is over the cap.
            try SizeLimits.check(.max, "a sequence", loc)
            return []
        }
        try SizeLimits.check(SizeLimits.span(l, u), "a sequence", loc)
        return u > l ? (l..<u).map { .int($0) } : []
    case .string(let s): return s.map { .string(String($0)) }
    case .dictionary(let d):
        return (0..<d.count).map { .tuple(TupleValue([d.keys[$0], d.values[$0]], labels: ["key", "value"])) }
    default: throw LangError("value of type '\(v.typeName)' is not a sequence", loc, .type)
    }
}

/// The methods `builtinMethod` and `mutatingBuiltin` answer (by some labels): a call with other
/// labels is told the method exists. Only error messages read it.
let standardMethodNames: Set<String> = [
    "allSatisfy", "append", "compactMap", "components", "contains", "drop", "dropFirst", "dropLast", "enumerated",
    "filter", "first", "firstIndex", "flatMap", "forEach", "hasPrefix", "hasSuffix", "insert", "isMultiple", "joined",
    "last", "lastIndex", "lowercased", "map", "mapValues", "max", "min", "padding", "popLast", "prefix", "reduce",
    "remove", "removeAll", "removeFirst", "removeLast", "removeValue", "replacingOccurrences", "reverse", "reversed",
    "rounded", "sort", "sorted", "split", "squareRoot", "suffix", "swapAt", "truncatingRemainder", "updateValue",
    "uppercased",
]

/// Sequence methods a dictionary answers as the sequence of its (key:, value:) pairs.
let dictionaryPairMethods: Set<String> = ["map", "compactMap", "flatMap", "forEach", "reduce", "allSatisfy"]
/// Those that need a closure to compare or test pairs (a pair is neither Comparable nor Equatable).
let dictionaryPairPredicates: [String: [String?]] = ["sorted": ["by"], "min": ["by"], "max": ["by"], "contains": ["where"], "first": ["where"]]

func builtinMethod(_ b: Value, _ name: String, _ a: [Value], _ labels: [String?], rt: Runtime, loc: Loc) throws -> Value? {
    let labels = trailingClosureLabels(name, a, labels)
    switch (b, name, labels) {
    case (.double(let d), "squareRoot", []): return .double(d.squareRoot())
    case (.float(let d), "squareRoot", []): return .float(d.squareRoot())
    case (.double(let d), "rounded", []): return .double(d.rounded())
    case (.float(let d), "rounded", []): return .float(d.rounded())
    case (.double(let d), "rounded", [nil]): return .double(d.rounded(try roundingRule(a[0], loc)))
    case (.float(let d), "rounded", [nil]): return .float(d.rounded(try roundingRule(a[0], loc)))
    case (.double(let d), "truncatingRemainder", ["dividingBy"]): return .double(d.truncatingRemainder(dividingBy: try a[0].asDouble()))
    case (.float(let d), "truncatingRemainder", ["dividingBy"]): return .float(d.truncatingRemainder(dividingBy: try a[0].asFloat()))
    case (.int(let i), "isMultiple", ["of"]): return .bool(i.isMultiple(of: try a[0].asInt()))
    case (.string(let s), "uppercased", []): return .string(s.uppercased())
    case (.string(let s), "lowercased", []): return .string(s.lowercased())
    case (.string(let s), "hasPrefix", [nil]): return .bool(s.hasPrefix(try a[0].asString()))
    case (.string(let s), "hasSuffix", [nil]): return .bool(s.hasSuffix(try a[0].asString()))
    case (.string(let s), "contains", [nil]):
        // Every string contains the empty one by the standard library's `contains`; with
        // Foundation imported Swift picks NSString's, by which none does.
        if case .string(let t) = a[0] {
            if t.isEmpty { return .bool(!(rt.foundationImported || rt.library.impliesFoundation)) }
            return .bool(t.count == 1 ? s.contains(Character(t)) : s.contains(t))
        }
    // Foundation's, as in Swift: only once Foundation is imported.
    case (.string(let s), "components", ["separatedBy"]), (.string(let s), "replacingOccurrences", ["of", "with"]):
        guard rt.foundationImported || rt.library.impliesFoundation else {
            throw LangError("\(name)(\(labels.map { ($0 ?? "_") + ":" }.joined())) needs 'import Foundation'", loc, .name)
        }
        let target = try a[0].asString()
        if name == "components" { return .array(s.components(separatedBy: target).map { .string($0) }) }
        let replaced = s.replacingOccurrences(of: target, with: try a[1].asString())
        try SizeLimits.check(replaced.utf8.count, "a string", loc)
        return .string(replaced)
    case (.string(let s), "prefix", ["while"]):
        return .string(String(try s.prefix { try invoke(a[0], [.string(String($0))], loc: loc).asBoolOr(loc) }))
    case (.string(let s), "drop", ["while"]):
        return .string(String(try s.drop { try invoke(a[0], [.string(String($0))], loc: loc).asBoolOr(loc) }))
    case (.string(let s), "split", let given) where given.first == "separator" && given.count <= 3:
        let sep = try a[0].asString()
        guard sep.count == 1 else { break }
        var maxSplits = Int.max, omittingEmpty = true
        for (i, label) in given.enumerated().dropFirst() {
            switch label {
            case "maxSplits" where i == 1:
                maxSplits = try a[i].asInt()
                // Swift traps on a negative count.
                guard maxSplits >= 0 else { throw LangError("Must take zero or more splits", loc, .runtime) }
            case "omittingEmptySubsequences" where i == given.count - 1: omittingEmpty = try a[i].asBool()
            default: return nil
            }
        }
        return .array(s.split(separator: Character(sep), maxSplits: maxSplits, omittingEmptySubsequences: omittingEmpty).map { .string(String($0)) })
    // Foundation's, as in Swift: only once Foundation is imported.
    case (.string(let s), "padding", ["toLength", "withPad", "startingAt"]):
        guard rt.foundationImported || rt.library.impliesFoundation else {
            throw LangError("padding(toLength:withPad:startingAt:) needs 'import Foundation'", loc, .name)
        }
        let length = try a[0].asInt(), pad = try a[1].asString(), start = try a[2].asInt()
        try SizeLimits.check(length, "a string", loc)
        // Foundation raises (ends the program) for an empty pad or a start outside it.
        guard !pad.isEmpty, start >= 0, start < pad.utf16.count else {
            throw LangError("padding(toLength:withPad:startingAt:): starting index \(start) is out of bounds for pad '\(pad)'", loc, .runtime)
        }
        return .string(s.padding(toLength: max(0, length), withPad: pad, startingAt: start))
    case (.string(let s), "prefix", [nil]): return .string(String(s.prefix(try nonNegativeLength(a[0], "prefix", loc))))
    case (.string(let s), "suffix", [nil]): return .string(String(s.suffix(try nonNegativeLength(a[0], "suffix", loc))))
    case (.string(let s), "dropFirst", []): return .string(String(s.dropFirst()))
    case (.string(let s), "dropLast", []): return .string(String(s.dropLast()))
    case (.string(let s), "dropFirst", [nil]): return .string(String(s.dropFirst(try nonNegativeCount(a[0], loc))))
    case (.string(let s), "dropLast", [nil]): return .string(String(s.dropLast(try nonNegativeCount(a[0], loc))))
    // Swift's String.Index is no Int: answering with an Int would print and add differently.
    case (.string, "firstIndex", _), (.string, "lastIndex", _):
        throw LangError("String indices are not supported in lessons; use Array(text) to index its characters by Int", loc, .unsupported)
    case (.string(let s), "reversed", []): return .string(String(s.reversed()))
    // A range answers `contains` from its bounds: `(0..<100_000_000).contains(5)` makes no array.
    case (.range(let r), "contains", [nil]):
        if case .int(let x) = a[0] { return .bool(r.contains(x)) }
    // `filter` keeps the receiver's type: a String of the kept characters, a Dictionary of the kept pairs.
    case (.string(let s), "filter", [nil]):
        return .string(String(try s.filter { try invoke(a[0], [.string(String($0))], loc: loc).asBoolOr(loc) }))
    case (.dictionary(let d), "filter", [nil]):
        let pairs = try sequenceElements(.dictionary(d), loc)
        var kept = OrderedDict()
        for (i, pair) in pairs.enumerated() where try invoke(a[0], [pair], loc: loc).asBoolOr(loc) {
            try setDict(&kept, d.keys[i], d.values[i], loc)
        }
        return .dictionary(kept)
    case (.dictionary(let d), "mapValues", [nil]):
        var mapped = OrderedDict()
        for i in d.keys.indices { try setDict(&mapped, d.keys[i], try invoke(a[0], [d.values[i]], loc: loc), loc) }
        return .dictionary(mapped)
    // The rest see a dictionary as the sequence of its (key:, value:) pairs.
    case (.dictionary(let d), _, _) where dictionaryPairMethods.contains(name) || dictionaryPairPredicates[name] == labels:
        return try builtinMethod(.array(try sequenceElements(.dictionary(d), loc)), name, a, labels, rt: rt, loc: loc)
    default: break
    }
    let elems: [Value]
    switch b {
    case .array(let x): elems = x
    case .range, .string: elems = try sequenceElements(b, loc)
    default: return nil
    }
    switch (name, labels) {
    case ("map", [nil]): return .array(try elems.map { try invoke(a[0], [$0], loc: loc) })
    case ("compactMap", [nil]): return .array(try elems.compactMap { try invoke(a[0], [$0], loc: loc).unwrapped })
    case ("flatMap", [nil]): return .array(try elems.flatMap { try sequenceElements(try invoke(a[0], [$0], loc: loc), loc) })
    case ("filter", [nil]): return .array(try elems.filter { try invoke(a[0], [$0], loc: loc).asBoolOr(loc) })
    case ("forEach", [nil]): for e in elems { _ = try invoke(a[0], [e], loc: loc) }; return .void
    case ("reduce", [nil, nil]):
        var acc = a[0]
        for e in elems { acc = try invoke(a[1], [acc, e], loc: loc) }
        return acc
    case ("reduce", ["into", nil]):
        throw LangError("reduce(into:) is not supported in lessons; use reduce(_:_:)", loc, .unsupported)
    case ("enumerated", []):
        return .array(elems.enumerated().map { .tuple(TupleValue([.int($0.offset), $0.element], labels: ["offset", "element"])) })
    case ("reversed", []): return .array(elems.reversed())
    case ("sorted", []): return .array(try elems.sorted { try lessThan($0, $1, loc) })
    case ("sorted", ["by"]): return .array(try elems.sorted { try invoke(a[0], [$0, $1], loc: loc).asBoolOr(loc) })
    case ("contains", [nil]): return .bool(elems.contains { valuesEqual($0, a[0]) == true })
    case ("contains", ["where"]): return .bool(try elems.contains { try invoke(a[0], [$0], loc: loc).asBoolOr(loc) })
    case ("allSatisfy", [nil]): return .bool(try elems.allSatisfy { try invoke(a[0], [$0], loc: loc).asBoolOr(loc) })
    case ("first", ["where"]): return .optional(try elems.first { try invoke(a[0], [$0], loc: loc).asBoolOr(loc) })
    case ("firstIndex", ["of"]): return .optional(elems.firstIndex { valuesEqual($0, a[0]) == true }.map { .int($0) })
    case ("firstIndex", ["where"]): return .optional(try elems.firstIndex { try invoke(a[0], [$0], loc: loc).asBoolOr(loc) }.map { .int($0) })
    case ("lastIndex", ["of"]): return .optional(elems.lastIndex { valuesEqual($0, a[0]) == true }.map { .int($0) })
    case ("last", ["where"]): return .optional(try elems.last { try invoke(a[0], [$0], loc: loc).asBoolOr(loc) })
    case ("lastIndex", ["where"]): return .optional(try elems.lastIndex { try invoke(a[0], [$0], loc: loc).asBoolOr(loc) }.map { .int($0) })
    case ("prefix", ["while"]): return .array(Array(try elems.prefix { try invoke(a[0], [$0], loc: loc).asBoolOr(loc) }))
    case ("drop", ["while"]): return .array(Array(try elems.drop { try invoke(a[0], [$0], loc: loc).asBoolOr(loc) }))
    case ("min", []): return .optional(try elems.min { try lessThan($0, $1, loc) })
    case ("max", []): return .optional(try elems.max { try lessThan($0, $1, loc) })
    case ("min", ["by"]): return .optional(try elems.min { try invoke(a[0], [$0, $1], loc: loc).asBoolOr(loc) })
    case ("max", ["by"]): return .optional(try elems.max { try invoke(a[0], [$0, $1], loc: loc).asBoolOr(loc) })
    case ("count", ["where"]): return .int(try elems.reduce(0) { try invoke(a[0], [$1], loc: loc).asBoolOr(loc) ? $0 + 1 : $0 })
    case ("prefix", [nil]): return .array(Array(elems.prefix(try nonNegativeLength(a[0], "prefix", loc))))
    case ("suffix", [nil]): return .array(Array(elems.suffix(try nonNegativeLength(a[0], "suffix", loc))))
    case ("dropFirst", []): return .array(Array(elems.dropFirst()))
    case ("dropLast", []): return .array(Array(elems.dropLast()))
    case ("dropFirst", [nil]): return .array(Array(elems.dropFirst(try nonNegativeCount(a[0], loc))))
    case ("dropLast", [nil]): return .array(Array(elems.dropLast(try nonNegativeCount(a[0], loc))))
    case ("joined", []) where elems.allSatisfy({ if case .array = $0 { return true }; return false }):
        // `[[1], [2, 3]].joined()`: the arrays one after another.
        return .array(try elems.flatMap { try $0.asArray() })
    case ("joined", []), ("joined", ["separator"]):
        let sep = labels.isEmpty ? "" : try a[0].asString()
        return .string(try elems.map { try $0.asString() }.joined(separator: sep))
    default: return nil
    }
}

/// The type of `rounded(_:)`'s argument, which lessons write as an implicit member (`.down`).
let roundingRuleType = "FloatingPointRoundingRule"
let roundingRules: Set<String> = ["up", "down", "towardZero", "awayFromZero", "toNearestOrEven", "toNearestOrAwayFromZero"]

func roundingRule(_ v: Value, _ loc: Loc) throws -> FloatingPointRoundingRule {
    switch v {
    case .string("up"): return .up
    case .string("down"): return .down
    case .string("towardZero"): return .towardZero
    case .string("awayFromZero"): return .awayFromZero
    case .string("toNearestOrEven"): return .toNearestOrEven
    case .string("toNearestOrAwayFromZero"): return .toNearestOrAwayFromZero
    default: throw LangError("rounded(_:) takes a rounding rule such as .down or .toNearestOrEven", loc, .type)
    }
}

/// `dropFirst(n)` and `dropLast(n)` trap on a negative count in Swift.
func nonNegativeCount(_ v: Value, _ loc: Loc) throws -> Int {
    let n = try v.asInt()
    guard n >= 0 else { throw LangError("Can't drop a negative number of elements from a collection", loc, .runtime) }
    return n
}

/// `prefix(n)` and `suffix(n)` trap on a negative length in Swift.
func nonNegativeLength(_ v: Value, _ name: String, _ loc: Loc) throws -> Int {
    let n = try v.asInt()
    guard n >= 0 else { throw LangError("Can't take a \(name) of negative length from a collection", loc, .runtime) }
    return n
}
