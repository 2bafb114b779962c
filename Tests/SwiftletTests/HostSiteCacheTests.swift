import XCTest
@testable import Swiftlet

/// A second host type, so that one call site can meet two classes.
final class Grid: CustomStringConvertible {
    var cells: [[Double]]
    init(_ cells: [[Double]]) { self.cells = cells }
    var description: String { "Grid(\(cells))" }
}

/// Call sites remember the host entry they resolved; these check that a site meeting another
/// class resolves again, and that the two-index subscript entry points mean what the general
/// subscript means.
final class HostSiteCacheTests: XCTestCase {
    func library(withPairSubscript: Bool) -> HostLibrary {
        var lib = makeLibrary()
        lib.type(HostType<Grid>("Grid") { t in
            t.initializer(labels: [nil]) { args in
                .host(Grid(try args[0].asArray().map { try $0.asArray().map { try $0.asDouble() } }))
            }
            t.method("sum", labels: []) { g, _ in .double(g.cells.joined().reduce(0, +) * 100) }
            t.binaryOperator("+") { a, b in
                guard case .host(let h) = a, let g = h as? Grid else { throw VecError(description: "left side must be a Grid") }
                let s = try b.asDouble()
                return .host(Grid(g.cells.map { $0.map { $0 + s } }))
            }
            t.subscript(get: { g, idx in .double(g.cells[try idx[0].asInt()][try idx[1].asInt()]) },
                        set: { g, idx, v in g.cells[try idx[0].asInt()][try idx[1].asInt()] = try v.asDouble() })
            if withPairSubscript {
                t.pairSubscript(get: { g, i, j in .double(g.cells[try i.asInt()][try j.asInt()] + 0) },
                                set: { g, i, j, v in g.cells[try i.asInt()][try j.asInt()] = try v.asDouble() })
            }
            t.description { $0.description }
        })
        return lib
    }

    /// One closure body runs on a Vec, then a Grid, then a Vec again: every site must follow.
    func testOneSiteMeetingTwoClasses() {
        for pair in [false, true] {
            let s = Session(library: library(withPairSubscript: pair))
            let r = s.run(source: """
            let v = Vec([1, 2])
            let g = Grid([[1, 2], [3, 4]])
            func describe(_ f: () -> Double) -> String { "\\(f())" }
            var out: [String] = []
            for round in 0..<3 {
                out.append(describe { round == 1 ? g.sum() : v.sum() })
            }
            print(out)
            print(v + 1, g + 1, v + 1)
            for _ in 0..<2 { g[1, 0] = 7 }
            print(g[1, 0], g[0, 1], g)
            """, file: "t.md")
            XCTAssertNil(r.error, "\(r.error!)")
            XCTAssertEqual(r.output, """
            ["3.0", "1000.0", "3.0"]
            Vec(2.0, 3.0) Grid([[2.0, 3.0], [4.0, 5.0]]) Vec(2.0, 3.0)
            7.0 2.0 Grid([[1.0, 2.0], [7.0, 4.0]])

            """, "pairSubscript: \(pair)")
        }
    }

    /// A site that has cached an operator still reports the other class's missing operator.
    func testCachedSiteStillReportsMissingMembers() {
        let s = Session(library: library(withPairSubscript: true))
        let r = s.run(source: """
        let v = Vec([1, 2])
        let g = Grid([[1]])
        print(v.sum())
        print(g.count)
        """, file: "t.md")
        XCTAssertEqual(r.output, "3.0\n")
        XCTAssertEqual(r.error?.range.start.line, 4)
        XCTAssertTrue(r.error?.message.contains("count") == true, r.error?.message ?? "no error")
    }

    /// Assigning through a host subscript calls the setter only: reading first would fail here,
    /// as the getter of this type always throws.
    func testAssignmentDoesNotReadFirst() {
        for indices in ["0", "0, 1"] {
            var lib = HostLibrary()
            lib.type(HostType<Grid>("Sink") { t in
                t.initializer(labels: []) { _ in .host(Grid([])) }
                t.subscript(get: { _, _ in throw VecError(description: "cannot read a sink") },
                            set: { g, idx, v in g.cells.append(try idx.map { try $0.asDouble() } + [try v.asDouble()]) })
                t.description { $0.description }
            })
            let s = Session(library: lib)
            let r = s.run(source: "let sink = Sink()\nsink[\(indices)] = 5\nprint(sink)", file: "t.md")
            XCTAssertNil(r.error, "\(r.error!)")
            XCTAssertEqual(r.output, indices == "0" ? "Grid([[0.0, 5.0]])\n" : "Grid([[0.0, 1.0, 5.0]])\n")
        }
    }

    /// Index expressions with side effects run once, in order, whichever path serves them.
    func testIndicesAreEvaluatedOnce() {
        let s = Session(library: library(withPairSubscript: true))
        let r = s.run(source: """
        var calls: [Int] = []
        func at(_ i: Int) -> Int { calls.append(i); return i }
        let g = Grid([[1, 2], [3, 4]])
        g[at(1), at(0)] = 9
        print(g[at(0), at(1)])
        let a = [10, 20, 30]
        print(a[at(2)], a[at(0)..<at(1)])
        print(calls)
        """, file: "t.md")
        XCTAssertNil(r.error, "\(r.error!)")
        XCTAssertEqual(r.output, "2.0\n30 [10]\n[1, 0, 0, 1, 2, 0, 1]\n")
    }
}
