import ConvEngine
import Swiftlet

/// The torch-style constructors (`zeros(6, 8)`, `randn(1, 2)`, `tensor([[1, -1]])`) as free
/// functions, as in the engine. (The engine's `Tensor.zeros([Int])` statics are its throwing
/// cores, which lesson code cannot call: no `try`.) Random draws use the document's own generator.
enum CreationBindings {
    typealias Register = (_ name: String, _ labels: [String?], _ variadic: Bool, _ body: @escaping HostLibrary.Body) -> Void

    static func functions(into library: inout HostLibrary, _ context: EngineContext) {
        each(context) { name, labels, variadic, body in
            library.function(name, labels: labels, variadic: variadic, body)
        }
        library.function("full", labels: [nil, nil], floatArguments: [1]) { args in
            .host(try Tensor.full(Convert.ints(args[0]), args[1].asFloat()))
        }
        // The engine's `tensor` takes [Float] nested 1 to 4 deep, as its overloads do.
        library.function("tensor", labels: [nil], floatArguments: [0]) { args in
            let t = try Convert.tensorLiteral(args[0])
            guard case .array = args[0], (1...4).contains(t.rank) else {
                throw HostError("tensor(_:) takes an array of numbers nested 1 to 4 deep, such as tensor([5]) or tensor([[1, 2]])")
            }
            return .host(t)
        }
        library.function("manualSeed", labels: [nil]) { args in
            context.generator.manualSeed(try seed(args[0]))
            return .void
        }
        library.function("Parameter", labels: [nil]) { args in .host(Parameter(try Convert.tensor(args[0]))) }
        library.function("noGrad", labels: [nil]) { args in
            guard case .function(let body) = args[0] else { throw HostError("noGrad takes a closure") }
            return try Tensor.$isGradEnabled.withValue(false) { try body.call([]) }
        }
    }

    private static func each(_ context: EngineContext, _ register: Register) {
        register("zeros", [], true) { args in .host(try Tensor.zeros(Convert.shape(args[0]))) }
        register("ones", [], true) { args in .host(try Tensor.ones(Convert.shape(args[0]))) }
        register("arange", [nil], false) { args in .host(try Tensor.arange(0, args[0].asInt())) }
        register("arange", [nil, nil], false) { args in .host(try Tensor.arange(args[0].asInt(), args[1].asInt())) }
        register("arange", [nil, nil, "step"], false) { args in
            .host(try Tensor.arange(args[0].asInt(), args[1].asInt(), step: args[2].asInt()))
        }
        register("eye", [nil], false) { args in .host(try Tensor.eye(args[0].asInt())) }
        for (name, draw) in [("rand", Tensor.rand), ("randn", Tensor.randn)] {
            register(name, [], true) { args in .host(try draw(Convert.shape(args[0]), context.generator)) }
            // Swift's `randn(_ shape: Int..., generator:)` and `randn(_ shape: [Int], generator:)`:
            // a variadic list before a label, spelled out for up to four dimensions.
            for rank in 1...4 {
                register(name, Array(repeating: nil, count: rank) + ["generator"], false) { args in
                    let dims = Array(args.dropLast())
                    let shape: [Int]
                    if case .array = dims[0] { shape = try Convert.ints(dims[0]) } else { shape = try dims.map { try $0.asInt() } }
                    return .host(try draw(shape, try args[rank].asHost(Generator.self)))
                }
            }
        }
    }

    /// Seeds are non-negative Ints in lesson code (Swift would take a UInt64 literal).
    static func seed(_ v: Value) throws -> UInt64 {
        let n = try v.asInt()
        guard n >= 0 else { throw HostError("a seed is a non-negative integer, got \(n)") }
        return UInt64(n)
    }

    /// `Generator(seed:)`: an explicit generator, for lessons that want a stream of their own.
    static func generatorType() -> AnyHostType {
        HostType<Generator>("Generator") { g in
            g.initializer(labels: ["seed"]) { args in .host(Generator(seed: try seed(args[0]))) }
            g.method("manualSeed", labels: [nil]) { gen, args in gen.manualSeed(try seed(args[0])); return .void }
            g.description { $0.description }
        }
    }
}
