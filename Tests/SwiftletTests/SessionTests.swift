import XCTest
@testable import Swiftlet

/// A tiny host type standing in for the engine's Tensor: exercises every kind of binding.
final class Vec: CustomStringConvertible {
    var items: [Double]
    var grad: Vec?
    init(_ items: [Double]) { self.items = items }
    var description: String { "Vec(\(items.map { String($0) }.joined(separator: ", ")))" }
}

struct VecError: Error, CustomStringConvertible {
    var description: String
}

func makeLibrary() -> HostLibrary {
    var lib = HostLibrary()
    func vec(_ v: Value) throws -> Vec { try v.asHost(Vec.self) }
    lib.function("zeros", variadic: true) { args in
        let dims = try args[0].asArray().map { try $0.asInt() }
        return .host(Vec(Array(repeating: 0, count: dims.reduce(1, *))))
    }
    lib.function("corr2d", labels: [nil, nil]) { _ in .string("host corr2d") }
    lib.function("withBoth", labels: [nil]) { args in try args[0].asFunction().call([.int(20)]) }
    lib.type(HostType<Vec>("Vec") { t in
        t.initializer(labels: [nil]) { args in .host(Vec(try args[0].asArray().map { try $0.asDouble() })) }
        t.property("count") { .int($0.items.count) }
        t.property("grad", get: { v in .optional(v.grad.map { .host($0) }) }, set: { v, new in v.grad = try new.unwrapped.map { try vec($0) } })
        t.method("sum", labels: []) { v, _ in .double(v.items.reduce(0, +)) }
        t.method("sum", labels: ["scale"]) { v, a in .double(v.items.reduce(0, +) * (try a[0].asDouble())) }
        t.method("reshaped", labels: [nil], variadic: true) { v, a in .array(try a[0].asArray()) }
        t.staticMethod("ones", labels: [nil]) { a in .host(Vec(Array(repeating: 1, count: try a[0].asInt()))) }
        t.subscript(get: { v, idx in
            switch idx[0] {
            case .int(let i):
                guard i >= 0 && i < v.items.count else { throw VecError(description: "index \(i) out of range") }
                return .double(v.items[i])
            case .range(let r):
                let lo = r.lower ?? 0, hi = r.upper.map { r.closed ? $0 + 1 : $0 } ?? v.items.count
                return .host(Vec(Array(v.items[lo..<hi])))
            default: throw VecError(description: "bad index")
            }
        }, set: { v, idx, new in
            if case .range(let r) = idx[0] {
                for i in (r.lower ?? 0)..<v.items.count where r.contains(i) { v.items[i] = try new.asDouble() }
                return
            }
            v.items[try idx[0].asInt()] = try new.asDouble()
        })
        t.binaryOperator("+") { a, b in
            switch (a, b) {
            case (.host, .host): return .host(Vec(zip(try vec(a).items, try vec(b).items).map { $0 + $1 }))
            case (.host, _): let s = try b.asDouble(); return .host(Vec(try vec(a).items.map { $0 + s }))
            default: let s = try a.asDouble(); return .host(Vec(try vec(b).items.map { s + $0 }))
            }
        }
        t.compoundAssignment("-=") { v, rhs in let s = try rhs.asDouble(); v.items = v.items.map { $0 - s } }
        t.prefixOperator("-") { v in .host(Vec(v.items.map { -$0 })) }
        t.callAsFunction(labels: [nil]) { v, a in .double(v.items[0] * (try a[0].asDouble())) }
        t.description { $0.description }
    })
    return lib
}

final class SessionTests: XCTestCase {
    func run(_ s: Session, _ src: String, line: UInt = #line) -> CellResult {
        let r = s.run(source: src, file: "t.md")
        return r
    }

    func testStatePersistsAcrossCells() {
        let s = Session()
        XCTAssertNil(run(s, "var n = 1\nfunc inc() { n += 1 }\nstruct P { var x: Int }").error)
        XCTAssertNil(run(s, "inc(); inc()").error)
        let r = run(s, "print(n, P(x: n))")
        XCTAssertEqual(r.output, "3 P(x: 3)\n")
    }

    /// As in a notebook, a later cell that declares a function again replaces it (callers in
    /// that cell and after get the new one); a different signature adds an overload.
    func testRedefinedFunctionReplacesTheEarlierOne() {
        let s = Session()
        XCTAssertNil(run(s, "func f() -> Int { 1 }\nfunc f(_ x: String) -> String { x }").error)
        XCTAssertEqual(run(s, "func f() -> Int { 2 }\nprint(f(), f(\"s\"))").output, "2 s\n")
        XCTAssertEqual(run(s, "print(f())").output, "2\n")
    }

    /// `"abc".contains("")` is true by the standard library's `contains` and false by
    /// Foundation's, which Swift picks once Foundation is imported (both checked with swiftc).
    /// Not a golden program: the export compiles those with Foundation imported.
    func testContainsEmptyStringDependsOnFoundation() {
        XCTAssertEqual(run(Session(), "print(\"abc\".contains(\"\"))").output, "true\n")
        XCTAssertEqual(run(Session(), "import Foundation\nprint(\"abc\".contains(\"\"))").output, "false\n")
    }

    func testDisplayOfLastExpression() {
        let s = Session()
        var r = run(s, "let a = [1, 2]\na.count + 1")
        XCTAssertEqual(r.displayText, "3")
        r = run(s, "print(\"x\")")
        XCTAssertNil(r.displayed)
        r = run(s, "var b = 2\nb = 3")
        XCTAssertNil(r.displayed)
        r = run(s, "print(\"hi\")\n\"text\"")
        XCTAssertEqual(r.displayText, "text")
        guard r.events.count == 2, case .text("hi\n") = r.events[0], case .display = r.events[1] else {
            return XCTFail("events: \(r.events)")
        }
    }

    /// Columns count characters as people see them, as the Markdown side does: an emoji family
    /// (five scalars), a flag (two) or a letter with a combining accent (two) is one column.
    func testColumnsCountGraphemeClusters() {
        for prefix in ["👨‍👩‍👧", "🇫🇷", "e\u{301}", "中"] {
            let r = Session().run(source: "let s = \"\(prefix)\"; print(s, nope)")
            XCTAssertEqual(r.error?.range.start, SourcePosition(line: 1, column: 23), prefix)
        }
    }

    /// A long operator chain lowers in linear time: computing every level's start position, and
    /// asking every level whether the chain below is a literal, once took minutes for 50,000 terms.
    /// Longer ones are refused before they are folded into a tree as deep as they are long.
    func testLongOperatorChainsRunAndOverlongOnesAreRefused() {
        let chain = Array(repeating: "1", count: 900).joined(separator: " + ")
        let r = Session().run(source: "let x = \(chain)\nprint(x)")
        XCTAssertNil(r.error)
        XCTAssertEqual(r.output, "900\n")
        let overlong = Array(repeating: "1", count: 100_000).joined(separator: "+")
        let refused = Session().run(source: "print(0)\nlet y = \(overlong)")
        XCTAssertEqual(refused.error?.kind, .limit)
        XCTAssertEqual(refused.error?.range.start.line, 2)
        XCTAssertEqual(refused.output, "", "nothing of the cell runs")
    }

    /// A trap inside a function is reported where the function is written (a lesson's `save`
    /// cell may be in another file), with a note naming the call in the cell that ran.
    func testErrorInAFunctionNamesItsFileAndTheCall() {
        let s = Session()
        XCTAssertNil(s.run(source: "func pick(_ a: [Int]) -> Int {\n    a[5]\n}", file: "a.md", firstLine: 3).error)
        let r = s.run(source: "let xs = [1]\nprint(pick(xs))", file: "b.md", firstLine: 10)
        XCTAssertEqual(r.error?.file, "a.md")
        XCTAssertEqual(r.error?.range.start, SourcePosition(line: 4, column: 5))
        XCTAssertEqual(r.error?.notes, ["called from b.md:11:7"])
        XCTAssertEqual(s.run(source: "print([1][2])", file: "c.md").error?.file, "c.md")
    }

    func testFirstLineOffsetsDiagnostics() {
        let s = Session()
        let r = s.run(source: "let a = [1]\nprint(a[4])", file: "lesson.md", firstLine: 40)
        XCTAssertEqual(r.error?.range.start, SourcePosition(line: 41, column: 7))
        XCTAssertEqual(r.error?.file, "lesson.md")
        XCTAssertEqual(r.error?.kind, .runtime)
    }

    func testHostBindings() {
        let s = Session(library: makeLibrary())
        let r = run(s, """
        let v = Vec([1, 2, 3])
        print(v, v.count, v.sum(), v.sum(scale: 2))
        print(v[1], v[1...], v[..<2], v[0..<1])
        v[0] = 10
        print(v + 1, 1 + v, v + v, -v)
        v -= 1
        print(v, v(2))
        print(zeros(2, 3).count, Vec.ones(2), v.reshaped(2, 3))
        print(v.grad == nil, v.grad?.count as Any)
        v.grad = Vec([5])
        print(v.grad!.count, v.grad?.sum() as Any)
        print(corr2d(v, v))
        """)
        XCTAssertNil(r.error, "\(r.error!)")
        XCTAssertEqual(r.output, """
        Vec(1.0, 2.0, 3.0) 3 6.0 12.0
        2.0 Vec(2.0, 3.0) Vec(1.0, 2.0) Vec(1.0)
        Vec(11.0, 3.0, 4.0) Vec(11.0, 3.0, 4.0) Vec(20.0, 4.0, 6.0) Vec(-10.0, -2.0, -3.0)
        Vec(9.0, 1.0, 2.0) 18.0
        6 Vec(1.0, 1.0) [2, 3]
        true nil
        1 Optional(5.0)
        host corr2d

        """)
    }

    func testUserDeclarationsShadowHost() {
        let s = Session(library: makeLibrary())
        let r = run(s, "func corr2d(_ a: Int, _ b: Int) -> Int { a * b }\nprint(corr2d(3, 4))")
        XCTAssertEqual(r.output, "12\n")
    }

    func testHostErrorsBecomeDiagnostics() {
        let s = Session(library: makeLibrary())
        let r = run(s, "let v = Vec([1])\nprint(v[7])")
        XCTAssertEqual(r.error?.message, "index 7 out of range")
        XCTAssertEqual(r.error?.range.start.line, 2)
    }

    func testHostCallsBackIntoClosures() {
        let s = Session(library: makeLibrary())
        let r = run(s, "print(withBoth { x in x * 2 })")
        XCTAssertEqual(r.output, "40\n")
    }

    func testDeepNestingIsADiagnosticNotACrash() {
        let s = Session()
        let src = "let x = " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        let r = run(s, src)
        XCTAssertEqual(r.error?.kind, .parse)
    }

    func testTimeLimit() {
        let s = Session(limits: Limits(timeLimit: 0.3))
        let start = Date()
        let r = run(s, "var i = 0\nwhile true { i += 1 }")
        XCTAssertEqual(r.error?.kind, .limit)
        XCTAssertTrue(r.error?.message.contains("time limit of 0.3 s exceeded") ?? false)
        XCTAssertLessThan(Date().timeIntervalSince(start), 3)
    }

    func testRecursionLimitWithoutStackOverflow() {
        let s = Session(limits: Limits(maxCallDepth: 20_000))
        let r = run(s, "func f(_ n: Int) -> Int { n == 0 ? 0 : 1 + f(n - 1) }\nprint(f(15000))\nprint(f(30000))")
        XCTAssertEqual(r.output, "15000\n")
        XCTAssertEqual(r.error?.kind, .limit)
    }

    func testErrorKeepsEarlierOutputAndNextCellStillRuns() {
        let s = Session()
        let r = run(s, "print(1)\nlet z = 0\nprint(1 / z)\nprint(2)")
        XCTAssertEqual(r.output, "1\n")
        XCTAssertEqual(r.error?.message, "division by zero")
        XCTAssertEqual(run(s, "print(3)").output, "3\n")
    }

    func testDidYouMeanNote() {
        let r = run(Session(library: makeLibrary()), "print(corr2D)")
        XCTAssertEqual(r.error?.kind, .name)
        XCTAssertEqual(r.error?.notes, ["did you mean 'corr2d'?"])
    }

    /// Every other one-letter name is one edit away: only a case slip is suggested.
    func testOneLetterNamesGetNoFarFetchedSuggestion() {
        XCTAssertEqual(Session().run(source: "let g = 1\nprint(x)").error?.message, "cannot find 'x' in scope")
        XCTAssertEqual(Session().run(source: "let X = 1\nprint(x)").error?.message, "cannot find 'x' in scope; did you mean 'X'?")
    }
}

final class HostPatternTests: XCTestCase {
    /// The lesson idioms the engine bindings rely on: in-place `-=` through a get-only
    /// property, range subscripts assignment, trailing-closure host calls, user classes holding host objects.
    func testLessonIdioms() {
        var lib = makeLibrary()
        lib.type(HostType<Holder>("Holder") { t in
            t.initializer(labels: []) { _ in .host(Holder()) }
            t.property("data") { .host($0.data) }
        })
        lib.function("noGrad", labels: [nil]) { args in try args[0].asFunction().call([]) }
        let s = Session(library: lib)
        let r = s.run(source: """
        let h = Holder()
        h.data -= 1
        h.data[0...] = 5
        print(h.data)
        class Layer {
            var w: Vec
            init(size: (Int, Int)) { w = zeros(size.0, size.1) }
            func callAsFunction(_ x: Vec) -> Vec { x + w }
        }
        let layer = Layer(size: (1, 2))
        noGrad {
            print(layer(Vec([1, 1])))
        }
        """, file: "t")
        XCTAssertNil(r.error, "\(r.error!)")
        XCTAssertEqual(r.output, "Vec(5.0, 5.0)\nVec(1.0, 1.0)\n")
    }
}

final class Holder {
    let data = Vec([0, 0])
}
