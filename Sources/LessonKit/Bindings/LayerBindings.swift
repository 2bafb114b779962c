import ConvEngine
import Swiftlet

/// Convolutions, `Conv2D` and `SGD`. Lesson code may declare its own `corr2d` or `Conv2D`,
/// which then shadow these (the interpreter resolves user declarations first).
enum LayerBindings {
    static func functions(into library: inout HostLibrary, _ context: EngineContext) {
        let limit = context.maxMultiplyAdds
        library.function("corr2d", labels: [nil, nil]) { args in
            let (x, k) = (try Convert.tensor(args[0]), try Convert.tensor(args[1]))
            try WorkLimit.corr2d(x, k, limit: limit)
            return .host(try Tensor.corr2dChecked(x, k))
        }
        library.function("convolve2d", labels: [nil, nil]) { args in
            let (x, k) = (try Convert.tensor(args[0]), try Convert.tensor(args[1]))
            try WorkLimit.corr2d(x, k, limit: limit)
            return .host(try Tensor.convolve2dChecked(x, k))
        }
        library.function("matmul", labels: [nil, nil]) { args in
            let (a, b) = (try Convert.tensor(args[0]), try Convert.tensor(args[1]))
            try WorkLimit.matmul(a, b, limit: limit)
            return .host(try Tensor.matmul(a, b))
        }
        for labels in conv2dLabelSets {
            library.function("conv2d", labels: labels) { args in try conv2d(labels, args, limit: limit) }
        }
    }

    /// Every label combination Swift's defaulted parameters allow for
    /// `conv2d(_:_:bias:stride:padding:)`.
    private static let conv2dLabelSets: [[String?]] = {
        var sets: [[String?]] = []
        for mask in 0..<8 {
            var labels: [String?] = [nil, nil]
            if mask & 1 != 0 { labels.append("bias") }
            if mask & 2 != 0 { labels.append("stride") }
            if mask & 4 != 0 { labels.append("padding") }
            sets.append(labels)
        }
        return sets
    }()

    private static func conv2d(_ labels: [String?], _ args: [Value], limit: Int) throws -> Value {
        var bias: Tensor?
        var stride = 1
        var padding = 0
        for (label, value) in zip(labels, args).dropFirst(2) {
            switch label {
            case "bias": bias = try value.unwrapped.map { try Convert.tensor($0) }
            case "stride": stride = try value.asInt()
            default: padding = try value.asInt()
            }
        }
        let (input, weight) = (try Convert.tensor(args[0]), try Convert.tensor(args[1]))
        try WorkLimit.conv2d(input, weight, limit: limit)
        return .host(try Tensor.conv2dChecked(input, weight, bias: bias, stride: stride, padding: padding))
    }

    static func conv2DType(_ context: EngineContext) -> AnyHostType {
        HostType<Conv2D>("Conv2D") { c in
            // `Conv2D(kernelSize:)` draws from the lesson's generator, `generator:` from the one given.
            for labels: [String?] in [["kernelSize"], ["kernelSize", "generator"]] {
                c.initializer(labels: labels) { args in
                    let (h, w) = try Convert.pair(args[0])
                    guard h > 0, w > 0 else { throw HostError("kernel size must be positive, got (\(h), \(w))") }
                    // Conv2D's initializer traps on a full budget; its weight (and a copy) and bias must fit.
                    let (product, overflow) = h.multipliedReportingOverflow(by: w)
                    let weight = overflow ? Int.max / 4 : min(product, Int.max / 4)
                    try context.budget.ensureRoom(for: 2 * weight + 2, largest: weight)
                    var generator = context.generator
                    if args.count > 1, let given = args[1].unwrapped { generator = try given.asHost(Generator.self) }
                    return .host(Conv2D(kernelSize: (h, w), generator: generator))
                }
            }
            c.property("weight") { .host($0.weight) }
            c.property("bias") { .host($0.bias) }
            c.property("parameters") { .array($0.parameters.map { .host($0) }) }
            let forward: (Conv2D, [Value]) throws -> Value = { layer, args in
                let x = try Convert.tensor(args[0])
                try WorkLimit.corr2d(x, layer.weight, limit: context.maxMultiplyAdds)
                return .host(try layer.forward(x))
            }
            c.callAsFunction(labels: [nil], forward)
            c.description { $0.description }
        }
    }

    static func sgdType() -> AnyHostType {
        HostType<SGD>("SGD") { s in
            s.initializer(labels: [nil, "lr"], floatArguments: [1]) { args in
                .host(SGD(try Convert.tensors(args[0]), lr: try args[1].asFloat()))
            }
            s.method("step") { opt, _ in
                // step() traps on a full budget: `lr * grad` and the update's result must fit.
                let largest = opt.parameters.map(\.count).max() ?? 0
                try Tensor.allocationBudget?.ensureRoom(for: 2 * largest, largest: largest)
                opt.step()
                return .void
            }
            s.method("zeroGrad") { opt, _ in opt.zeroGrad(); return .void }
            s.property("lr", get: { .float($0.lr) }, set: { opt, v in opt.lr = try v.asFloat() })
            s.description { $0.description }
        }
    }
}
