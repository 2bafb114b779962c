import Foundation

/// The outcome of checking one reference corpus (a JSONL file).
public struct ConformanceReport {
    public var file: String
    public var passed = 0
    /// One line per failing case: its id and what differed.
    public var failures: [String] = []
    public var failed: Int { failures.count }
}

/// Checks the engine against the PyTorch reference corpora (repr, RNG, corr2d, reduction formats,
/// told apart by their fields).
public enum Conformance {
    /// Applied when the caller has no budget, so a malformed case cannot exhaust memory.
    static let defaultBudget = (perTensor: 50_000_000, total: 200_000_000)

    public static func check(fileAt path: String) throws -> ConformanceReport {
        if Tensor.allocationBudget == nil {
            let budget = AllocationBudget(maxElementsPerTensor: defaultBudget.perTensor, maxTotalElements: defaultBudget.total)
            return try Tensor.$allocationBudget.withValue(budget) { try check(fileAt: path) }
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var report = ConformanceReport(file: (path as NSString).lastPathComponent)
        for (n, line) in text.split(separator: "\n").enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let (id, failure) = check(line: String(line), lineNumber: n + 1)
            if let failure { report.failures.append("\(id): \(failure)") } else { report.passed += 1 }
        }
        return report
    }

    /// Checks one JSON case; returns its id and a description of the mismatch, nil when it passes.
    public static func check(line: String, lineNumber: Int = 0) -> (String, String?) {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            return ("line \(lineNumber)", "not a JSON object")
        }
        let id = obj["id"] as? String ?? "line \(lineNumber)"
        do {
            if obj["repr"] != nil { return (id, try checkRepr(obj)) }
            if obj["draws"] != nil { return (id, try checkRandom(obj)) }
            if obj["corr2d_plus_b"] != nil { return (id, try checkCorr2d(obj)) }
            if obj["reduce"] != nil { return (id, try checkReduction(obj)) }
            if obj["matmul"] != nil { return (id, try checkMatmul(obj)) }
            return (id, "unknown case format (fields: \(obj.keys.sorted()))")
        } catch {
            return (id, "engine error: \(error)")
        }
    }

    struct BadCase: Error, CustomStringConvertible { let description: String }

    static func ints(_ any: Any?, _ what: String) throws -> [Int] {
        guard let a = any as? [Any] else { throw BadCase(description: "missing \(what)") }
        return try a.map { v in
            guard let n = v as? NSNumber else { throw BadCase(description: "non-integer in \(what)") }
            return n.intValue
        }
    }

    static func floats(_ any: Any?, _ what: String) throws -> [Float] {
        try ints(any, what).map { Float(bitPattern: UInt32(truncatingIfNeeded: $0)) }
    }

    /// A tensor given as `{shape, bits}`, a bare bits list (shape [n]) or a single bits number (0-d).
    static func tensorField(_ obj: [String: Any], _ key: String) throws -> Tensor {
        if let n = obj[key] as? NSNumber { return try Tensor.make(shape: [], data: try floats([n], key)) }
        if let list = obj[key] as? [Any] { return try Tensor.make(shape: [list.count], data: try floats(list, key)) }
        guard let t = obj[key] as? [String: Any] else { throw BadCase(description: "missing \(key)") }
        return try Tensor.make(shape: try ints(t["shape"], "\(key).shape"), data: try floats(t["bits"], "\(key).bits"))
    }

    /// `{reduce: "sum"|"mean"|"sum_to", axis?, shape? (sum_to's target), x: {shape, bits} or
    /// {shape, fill}, out: {shape, bits}}`,
    /// compared bit for bit (any NaN matches any NaN): sums must add in torch's order.
    static func checkReduction(_ obj: [String: Any]) throws -> String? {
        let x: Tensor
        if let spec = obj["x"] as? [String: Any], let fill = spec["fill"] {
            x = try Tensor.full(try ints(spec["shape"], "x.shape"), try floats([fill], "x.fill")[0])
        } else {
            x = try tensorField(obj, "x")
        }
        let axis = (obj["axis"] as? NSNumber)?.intValue
        let got: Tensor
        if obj["reduce"] as? String == "sum_to" {
            // A broadcast operand's gradient: `x` summed down to `shape` (torch's sum_to_size).
            let to = try ints(obj["shape"], "shape")
            guard (try? Broadcast.shape(to, x.shape)) == x.shape else { throw BadCase(description: "\(to) does not broadcast to \(x.shape)") }
            got = try Tensor.make(shape: to, data: Broadcast.sum(x.scalars, from: x.shape, to: to))
        } else {
            switch (obj["reduce"] as? String ?? "", axis) {
            case ("sum", nil): got = try x.checkedSum()
            case ("sum", let a?): got = try x.checkedSum(axis: a)
            case ("mean", nil): got = try x.checkedMean()
            case ("mean", let a?): got = try x.checkedMean(axis: a)
            case (let op, _): throw BadCase(description: "unknown reduction \(op)")
            }
        }
        return bitDifference(got, try tensorField(obj, "out"))
    }

    /// nil when `got` has `want`'s shape and bits (any NaN matches any NaN); else the first difference.
    static func bitDifference(_ got: Tensor, _ want: Tensor) -> String? {
        guard got.shape == want.shape else { return "shape \(got.shape), expected \(want.shape)" }
        let g = got.scalars, w = want.scalars
        guard let at = g.indices.first(where: { g[$0].bitPattern != w[$0].bitPattern && !(g[$0].isNaN && w[$0].isNaN) })
        else { return nil }
        return "element \(at) is \(g[at]) (bits \(g[at].bitPattern)), expected \(w[at]) (bits \(w[at].bitPattern))"
    }

    static func checkRepr(_ obj: [String: Any]) throws -> String? {
        let t = try Tensor.make(shape: try ints(obj["shape"], "shape"), data: try floats(obj["bits"], "bits"))
        let printed: String
        if obj["parameter"] as? Bool == true {
            printed = Parameter(t).description
        } else {
            if obj["requires_grad"] as? Bool == true { t.requiresGrad = true }
            printed = t.description
        }
        let expected = obj["repr"] as? String ?? ""
        return printed == expected ? nil : "printed\n\(printed)\nexpected\n\(expected)"
    }

    static func checkRandom(_ obj: [String: Any]) throws -> String? {
        let seed = (obj["seed"] as? NSNumber)?.uint64Value ?? 0
        let generator = Generator(seed: seed)
        guard let draws = obj["draws"] as? [[String: Any]] else { throw BadCase(description: "bad draws") }
        for (i, d) in draws.enumerated() {
            let shape = try ints(d["shape"], "shape"), expected = try ints(d["bits"], "bits")
            let fn = d["fn"] as? String ?? ""
            let t: Tensor
            switch fn {
            case "randn": t = try Tensor.randn(shape, generator: generator)
            case "rand": t = try Tensor.rand(shape, generator: generator)
            default: throw BadCase(description: "unknown draw function \(fn)")
            }
            let got = t.scalars.map { Int($0.bitPattern) }
            if got != expected {
                let at = (0..<Swift.min(got.count, expected.count)).first { got[$0] != expected[$0] } ?? Swift.min(got.count, expected.count)
                let detail = at < Swift.min(got.count, expected.count)
                    ? ": got \(Float(bitPattern: UInt32(got[at]))), expected \(Float(bitPattern: UInt32(expected[at])))" : ""
                return "draw \(i) (\(fn) \(shape)) differs at element \(at)\(detail)"
            }
        }
        return nil
    }

    /// Relative tolerance 1e-5 against `scale`, a bound on the magnitude of the terms summed into
    /// each element (so a sum with heavy cancellation is judged against its terms, not its result).
    static func close(_ got: Tensor, _ want: Tensor, scale: Float) -> Bool {
        guard got.shape == want.shape else { return false }
        return zip(got.scalars, want.scalars).allSatisfy { a, b in
            a == b || Swift.abs(a - b) <= 1e-5 * Swift.max(Swift.abs(b), scale)
        }
    }

    /// `{matmul: true, a: {shape, bits}, b: {shape, bits}, out: {shape, bits}}`: the product of
    /// two matrices, compared bit for bit. (Torch computes the gradients of a product with
    /// kernels whose order depends on the operands' strides; those are not part of the corpus.)
    static func checkMatmul(_ obj: [String: Any]) throws -> String? {
        bitDifference(try Tensor.matmul(try tensorField(obj, "a"), try tensorField(obj, "b")), try tensorField(obj, "out"))
    }

    static func maxAbs(_ t: Tensor) -> Float { t.scalars.map { Swift.abs($0) }.max() ?? 0 }
    static func sumAbs(_ t: Tensor) -> Float { t.scalars.reduce(0) { $0 + Swift.abs($1) } }

    static func checkCorr2d(_ obj: [String: Any]) throws -> String? {
        let x = try tensorField(obj, "x"), k = try tensorField(obj, "k"), b = try tensorField(obj, "b")
        for t in [x, k, b] { t.requiresGrad = true }
        let y = try Tensor.add(try Tensor.corr2dChecked(x, k), b)
        let conv = try noGrad { try Tensor.convolve2dChecked(x, k) }
        let loss = try Tensor.multiply(y, y).checkedSum()
        try loss.checkedBackward()
        let yRef = try tensorField(obj, "corr2d_plus_b")
        let window = maxAbs(x) * sumAbs(k)
        let twoY = 2 * maxAbs(yRef)
        let checks: [(String, Tensor?, Float)] = [
            ("corr2d_plus_b", y, window + maxAbs(b)), ("conv2d_true", conv, window), ("loss_sum_sq", loss, 0),
            ("grad_x", x.grad, twoY * sumAbs(k)), ("grad_k", k.grad, twoY * maxAbs(x) * Float(yRef.count)),
            ("grad_b", b.grad, 2 * sumAbs(yRef)),
        ]
        for (key, got, scale) in checks {
            let want = try tensorField(obj, key)
            guard let got else { return "\(key) missing" }
            let g = got.reshapedForCompare(want.shape)
            if !close(g, want, scale: scale) {
                let worst = zip(g.scalars, want.scalars).map { Swift.abs($0 - $1) }.max() ?? .nan
                return "\(key) differs (largest difference \(worst); got \(g.scalars.prefix(4)), expected \(want.scalars.prefix(4)))"
            }
        }
        return nil
    }
}

extension Tensor {
    /// Same values under `shape` when the counts agree (a 0-d loss against a [1] reference).
    func reshapedForCompare(_ shape: [Int]) -> Tensor {
        count == shape.reduce(1, *) ? Tensor(storage: storage, shape: shape) : self
    }
}
