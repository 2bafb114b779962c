import XCTest
import ConvEngine
@testable import LessonKit

/// Differences between the interpreter and compiled Swift that `scripts/check-export` found,
/// each fixed on the side that was wrong (Swift is the reference). One test per difference.
final class ExportFoundDifferencesTests: XCTestCase {
    /// What the cells of a one-off lesson produced in the interpreter, or their error messages.
    private func outputs(_ cells: String...) -> [String] {
        let text = cells.map { "```swift\n\($0)\n```\n" }.joined(separator: "\n")
        let report = LessonRunner().run(Lesson.parse(text: text, file: "probe.md"))
        return report.outcomes.map { outcome in
            if case .failed(let failure) = outcome.status { return "error: " + failure.message }
            return outcome.actual
        }
    }

    func testPrintItemsAreTypedAloneSoIntegerDivisionStaysInteger() {
        // Was 3.5: a Double item made the literal 7 / 2 a Double too.
        XCTAssertEqual(outputs("print(0.5, 7 / 2, -7 / 2)"), ["0.5 3 -3\n"])
        XCTAssertEqual(outputs("print(max(2.5, 1), min(1, 0.5))"), ["2.5 0.5\n"])
    }

    func testDoubleOfAnIntVariableConverts() {
        // Was a type error: the Double wanted by `Double(_:)` was checked against the Int argument.
        XCTAssertEqual(outputs("let steps = 7\nprint(Double(steps) / 2, Float(steps), Double(7) / 2)"), ["3.5 7.0 3.5\n"])
    }

    func testReduceTypesItsInitialLiteralFromTheElements() {
        XCTAssertEqual(outputs("[0.5, 1.5].reduce(0, +)"), ["2.0\n"])
        XCTAssertEqual(outputs("[1, 2].reduce(0, +)"), ["3\n"])
    }

    func testCompoundAssignmentUpdatesATensorHeldByLet() {
        // Swift allows it: the engine's `+=` takes its left side by value and updates in place.
        XCTAssertEqual(outputs("let d = zeros(2)\nd += 1\nd *= 3\nd"), ["tensor([3., 3.])\n"])
        XCTAssertEqual(outputs("let n = 1\nn += 1"), ["error: cannot assign to value: 'n' is a 'let' constant"])
        XCTAssertEqual(outputs("let s = \"a\"\ns += \"b\"").first?.hasPrefix("error: cannot assign to value"), true)
    }

    func testNumberLiteralsGivenToFloatParametersAreFloats() {
        // Was 0 everywhere: `1 / 4` divided as Int before the engine saw it.
        XCTAssertEqual(outputs("print(tensor([[1 / 4, 1 / 2]]), full([1], 1 / 4))"),
                       ["tensor([[0.2500, 0.5000]]) tensor([0.2500])\n"])
        XCTAssertEqual(outputs("print(SGD([Parameter(zeros(1))], lr: 1 / 10).lr, Tensor(shape: [1], data: [1 / 2]))"),
                       ["0.1 tensor([0.5000])\n"])
    }

    func testIntAndDoubleVariablesGivenToFloatParametersAreRefused() {
        // swiftc refuses both; the interpreter used to convert them.
        XCTAssertEqual(outputs("let n = 2\ntensor([[n, 1]])"), ["error: cannot convert value of type 'Int' to expected element type 'Float'"])
        XCTAssertEqual(outputs("let d = 0.5\nfull([2], d)"), ["error: cannot convert value of type 'Double' to expected argument type 'Float'"])
        XCTAssertEqual(outputs("let f: Float = 0.5\nfull([2], f)"), ["tensor([0.5000, 0.5000])\n"])
    }

    func testOnlyWhatSwiftConvertsBecomesATensor() {
        // swiftc refuses each of these; the bindings used to convert them.
        let refused = outputs("corr2d(ones(2, 2), [[1, -1]])", "zeros(2) + [1, 2]", "tensor(5)",
                              "tensor([[[[[1]]]]])", "Conv2D(kernelSize: 2)", "Conv2D(kernelSize: [1, 2])")
        XCTAssertEqual(refused.filter { $0.hasPrefix("error: ") }.count, 6, "\(refused)")
        XCTAssertTrue(refused[0].contains("write tensor([...])"), refused[0])
        // Number literals are Tensors where one is expected, as the engine's literal conformances make them.
        XCTAssertEqual(outputs("func ident(_ t: Tensor) -> Tensor { t }\nident(3)", "let ks: [Tensor] = [1, 2.5]\nks"),
                       ["tensor(3.)\n", "[tensor(1.), tensor(2.5000)]\n"])
    }

    func testEngineObjectsChangeThroughLetConstants() {
        // Were refused as writes to a constant: the engine's types are classes.
        XCTAssertEqual(outputs("struct M { let w: Tensor; func clear() { w.grad = nil; w[0] = 5 } }\nlet m = M(w: ones(2))\nm.clear()\nprint(m.w)",
                               "func off(_ t: Tensor) { t.requiresGrad = true }\nlet t: Tensor = ones(1)\noff(t)\nprint(t.requiresGrad)"),
                       ["tensor([5., 1.])\n", "true\n"])
        // A value held by a `let` still cannot change.
        XCTAssertEqual(outputs("struct P { let x: Int; func f() { x = 2 } }").first?.hasPrefix("error: cannot assign"), true)
    }

    func testRandomDrawsWithAGeneratorTakeDimensionsAsInSwift() {
        let drawn = outputs("let g = Generator(seed: 1)\nprint(randn(2, 3, generator: g).shape, rand(4, generator: g).shape, randn([2], generator: g).shape)")
        XCTAssertEqual(drawn, ["[2, 3] [4] [2]\n"])
    }

    func testLayerOptimiserAndGeneratorPrintTheEngineDescription() {
        let shown = outputs("let c = Conv2D(kernelSize: (1, 2))\nprint(c, SGD(c.parameters, lr: 0.5), Generator(seed: 0))")
        let engine = Conv2D(kernelSize: (1, 2))
        XCTAssertEqual(shown, ["\(engine) \(SGD(engine.parameters, lr: 0.5)) \(Generator(seed: 0))\n"])
        XCTAssertEqual(shown, ["Conv2D(kernelSize: (1, 2)) SGD(lr: 0.5) Generator\n"])
    }

    func testAClosureOfTwoParametersTakesATuplesElements() {
        // Was one tuple in $0 and nothing in $1.
        XCTAssertEqual(outputs("zip([1, 2], [\"a\", \"b\"]).map { \"\\($0)\\($1)\" }"), ["[\"1a\", \"2b\"]\n"])
        XCTAssertEqual(outputs("zip([1, 2], [3, 4]).map { $0 }"), ["[(1, 3), (2, 4)]\n"])
    }

    func testATrailingClosureMatchesTheLabelledClosureParameter() {
        // Was "has no member 'sorted'": the trailing closure's missing label did not match `by:`.
        XCTAssertEqual(outputs("print([3, 1, 2].sorted { $0 > $1 }, [1, 2, 3].first { $0 > 1 } as Any, [1].contains { $0 == 1 })"),
                       ["[3, 2, 1] Optional(2) true\n"])
        XCTAssertEqual(outputs("var xs = [2, 3, 1]\nxs.sort { $0 < $1 }\nxs"), ["[1, 2, 3]\n"])
    }

    func testPercentSWithAStringIsRefused() {
        // Compiled Swift prints nothing for it (%s wants a C string); the interpreter printed the text.
        XCTAssertEqual(outputs("import Foundation\nString(format: \"%s\", \"x\")").first?.hasPrefix("error: %s takes a C string"), true)
        XCTAssertEqual(outputs("import Foundation\nString(format: \"%@|%5.1f\", \"x\", 2.25)"), ["x|  2.2\n"])
    }

    func testAClassPrintsWithTheScriptModuleName() {
        XCTAssertEqual(outputs("final class Box {}\nprint(Box())"), ["main.Box\n"])
        XCTAssertEqual(ExportComparison.scriptModuleNames("lessons_a.Box x\n", target: "lessons_a"), "main.Box x\n")
    }

    func testNamesSwiftCannotCallAreNotOffered() {
        // `Tensor.zeros([Int])` and `Conv2D.forward` throw in the engine: Swift needs `try`,
        // which lessons do not have.
        XCTAssertEqual(outputs("Tensor.zeros(2, 3)").first?.hasPrefix("error:"), true)
        XCTAssertEqual(outputs("Conv2D(kernelSize: (1, 1)).forward(ones(2, 2))").first?.hasPrefix("error:"), true)
    }
}
