import ConvEngine
import Swiftlet

/// `Tensor` as lesson code sees it: one entry per member of the engine's Swift API, each
/// calling the engine's throwing core so misuse becomes a diagnostic, never a trap.
enum TensorBinding {
    static func type(_ context: EngineContext) -> AnyHostType {
        HostType<Tensor>("Tensor") { t in
            t.initializer(labels: [nil]) { args in .host(try Convert.tensorLiteral(args[0])) }
            t.property("scalars") { x in .array(x.scalars.map { .float($0) }) }
            // `let t: Tensor = 3`: the engine's ExpressibleByIntegerLiteral/FloatLiteral.
            t.literal { v in
                switch v {
                case .int(let n): return .host(Tensor(integerLiteral: n))
                case .float(let x): return .host(Tensor(floatLiteral: Double(x)))  // exact: Float arithmetic done already
                default: return .host(Tensor(floatLiteral: try v.asDouble()))
                }
            }
            t.initializer(labels: ["shape", "data"], floatArguments: [1]) { args in
                let data = try args[1].asArray().map { try $0.asFloat() }
                return .host(try Tensor.make(shape: try Convert.ints(args[0]), data: data))
            }

            t.property("shape") { .array($0.shape.map { .int($0) }) }
            t.property("count") { .int($0.count) }
            t.property("rank") { .int($0.rank) }
            t.property("grad", get: { Convert.optionalTensor($0.grad) }, set: { tensor, value in
                tensor.grad = try value.unwrapped.map { try Convert.tensor($0) }
            })
            t.property("data") { .host($0.data) }
            t.property("isParameter") { .bool($0.isParameter) }
            t.property("isLeaf") { .bool($0.isLeaf) }
            t.property("requiresGrad", get: { .bool($0.requiresGrad) }, set: { tensor, value in
                try tensor.checkedSetRequiresGrad(value.asBool())
            })
            t.description { $0.description }

            shapeMethods(t, context)
            mathMethods(t)
            autogradMethods(t)
            operators(t)

            t.subscript(get: { tensor, indices in
                .host(try tensor.checkedSubscript(Convert.indices(indices)))
            }, set: { tensor, indices, value in
                try tensor.checkedSetSubscript(Convert.indices(indices), Convert.tensor(value))
            })
            t.pairSubscript(get: { tensor, i, j in
                .host(try tensor.checkedSubscript(Convert.index(i), Convert.index(j)))
            }, set: { tensor, i, j, value in
                try tensor.checkedSetSubscript(Convert.index(i), Convert.index(j), Convert.tensor(value))
            })
        }
    }

    private static func shapeMethods(_ t: HostType<Tensor>, _ context: EngineContext) {
        t.method("reshaped", variadic: true) { x, args in .host(try x.checkedReshaped(Convert.shape(args[0]))) }
        t.method("transposed") { x, _ in
            guard x.rank == 2 else { throw HostError("transposed() needs a 2-D tensor, got shape \(x.shape); use transposed(_:_:)") }
            return .host(try x.checkedTransposed(0, 1))
        }
        t.method("transposed", labels: [nil, nil]) { x, args in
            .host(try x.checkedTransposed(args[0].asInt(), args[1].asInt()))
        }
        t.method("flipped") { x, _ in .host(try x.checkedFlipped(axes: Array(0..<x.rank))) }
        t.method("flipped", labels: ["axes"]) { x, args in .host(try x.checkedFlipped(axes: Convert.ints(args[0]))) }
        t.method("item") { x, _ in .float(try x.checkedItem()) }
        t.method("allClose", labels: [nil]) { x, args in .bool(try allClose(x, args[0], rtol: 1e-5, atol: 1e-8)) }
        t.method("allClose", labels: [nil, "atol"]) { x, args in
            .bool(try allClose(x, args[0], rtol: 1e-5, atol: args[1].asFloat()))
        }
        t.method("allClose", labels: [nil, "rtol"]) { x, args in
            .bool(try allClose(x, args[0], rtol: args[1].asFloat(), atol: 1e-8))
        }
        t.method("allClose", labels: [nil, "rtol", "atol"]) { x, args in
            .bool(try allClose(x, args[0], rtol: args[1].asFloat(), atol: args[2].asFloat()))
        }
        t.method("matmul", labels: [nil]) { x, args in
            let other = try Convert.tensor(args[0])
            try WorkLimit.matmul(x, other, limit: context.maxMultiplyAdds)
            return .host(try Tensor.matmul(x, other))
        }
    }

    private static func allClose(_ x: Tensor, _ other: Value, rtol: Float, atol: Float) throws -> Bool {
        let o = try Convert.tensor(other)
        guard x.shape == o.shape else {
            throw HostError("allClose needs equal shapes, got \(x.shape) and \(o.shape)")
        }
        return x.allClose(o, rtol: rtol, atol: atol)
    }

    private static func mathMethods(_ t: HostType<Tensor>) {
        t.method("squared") { x, _ in .host(try x.checkedPow(2)) }
        t.method("pow", labels: [nil]) { x, args in .host(try x.checkedPow(args[0].asFloat())) }
        t.method("exp") { x, _ in .host(try x.checkedExp()) }
        t.method("log") { x, _ in .host(try x.checkedLog()) }
        t.method("sqrt") { x, _ in .host(try x.checkedSqrt()) }
        t.method("abs") { x, _ in .host(try x.checkedAbs()) }
        // Written out rather than looped over a table of functions: a function stored in a
        // table is called through a generic reabstraction thunk, which costs as much as a small op.
        t.method("sum") { x, _ in .host(try x.checkedSum()) }
        t.method("sum", labels: ["axis"]) { x, args in .host(try x.checkedSum(axis: args[0].asInt(), keepDims: false)) }
        t.method("sum", labels: ["axis", "keepDims"]) { x, args in
            .host(try x.checkedSum(axis: args[0].asInt(), keepDims: args[1].asBool()))
        }
        t.method("mean") { x, _ in .host(try x.checkedMean()) }
        t.method("mean", labels: ["axis"]) { x, args in .host(try x.checkedMean(axis: args[0].asInt(), keepDims: false)) }
        t.method("mean", labels: ["axis", "keepDims"]) { x, args in
            .host(try x.checkedMean(axis: args[0].asInt(), keepDims: args[1].asBool()))
        }
        t.method("max") { x, _ in .host(try x.checkedMax()) }
        t.method("max", labels: ["axis"]) { x, args in .host(try x.checkedMax(axis: args[0].asInt(), keepDims: false)) }
        t.method("max", labels: ["axis", "keepDims"]) { x, args in
            .host(try x.checkedMax(axis: args[0].asInt(), keepDims: args[1].asBool()))
        }
    }

    private static func autogradMethods(_ t: HostType<Tensor>) {
        t.method("backward") { x, _ in try x.checkedBackward(); return .void }
        t.method("detach") { x, _ in .host(x.detach()) }
        t.method("zero") { x, _ in x.zero(); return .void }
        t.method("fill", labels: [nil]) { x, args in x.fill(try args[0].asFloat()); return .void }
    }

    /// Arithmetic with broadcasting and numbers on either side; `.==` and friends give 0/1 tensors.
    private static func operators(_ t: HostType<Tensor>) {
        // One closure per operator, not a loop over a table (see mathMethods).
        t.binaryOperator("+") { l, r in .host(try Tensor.add(Convert.tensor(l), Convert.tensor(r))) }
        t.binaryOperator("-") { l, r in
            switch l {
            // A number on the left is torch's rsub (its grad_fn name differs).
            case .int, .float, .double: return .host(try Tensor.subtract(l.asFloat(), Convert.tensor(r)))
            default: return .host(try Tensor.subtract(Convert.tensor(l), Convert.tensor(r)))
            }
        }
        t.binaryOperator("*") { l, r in .host(try Tensor.multiply(Convert.tensor(l), Convert.tensor(r))) }
        t.binaryOperator("/") { l, r in
            switch l {
            // A number on the left is torch's reciprocal times the number (values and grad_fn differ).
            case .int, .float, .double: return .host(try Tensor.divide(l.asFloat(), Convert.tensor(r)))
            default: return .host(try Tensor.divide(Convert.tensor(l), Convert.tensor(r)))
            }
        }
        t.compoundAssignment("+=") { lhs, r in try lhs.checkedUpdate(Tensor.add, Convert.tensor(r)) }
        t.compoundAssignment("-=") { lhs, r in try lhs.checkedUpdate(Tensor.subtract, Convert.tensor(r)) }
        t.compoundAssignment("*=") { lhs, r in try lhs.checkedUpdate(Tensor.multiply, Convert.tensor(r)) }
        t.compoundAssignment("/=") { lhs, r in try lhs.checkedUpdate(Tensor.divide, Convert.tensor(r)) }
        let comparisons: [(String, (Float, Float) -> Bool)] = [
            (".==", { $0 == $1 }), (".!=", { $0 != $1 }), (".<", { $0 < $1 }),
            (".<=", { $0 <= $1 }), (".>", { $0 > $1 }), (".>=", { $0 >= $1 }),
        ]
        for (op, test) in comparisons {
            t.binaryOperator(op) { l, r in .host(try Tensor.compare(Convert.tensor(l), Convert.tensor(r), test)) }
        }
        t.prefixOperator("-") { x in .host(try x.checkedNegated()) }
    }
}
