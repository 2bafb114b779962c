import XCTest
@testable import Swiftlet

/// A session and its global frame are freed when the host lets go of it: `lesson check
/// --watch` makes a session per save, and the fuzzer one per input, so a leak grows without
/// bound (the fuzzer found this one as an out-of-memory after 12,096 inputs).
final class SessionLifetimeTests: XCTestCase {
    /// The evaluator thread may release the last cell's closure (and with it the session) a
    /// moment after `run` returns, so freeing is awaited briefly.
    private func eventuallyNil(_ object: () -> AnyObject?, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(2)
        while object() != nil && Date() < deadline { usleep(1_000) }
        XCTAssertNil(object(), message, file: file, line: line)
    }

    private func weakSession(running cells: [String]) -> (session: () -> Session?, frame: () -> Frame?) {
        var session: Session? = Session()
        for cell in cells { _ = session!.run(source: cell) }
        weak var weakSession = session
        weak var weakFrame = session!.globalFrame
        session = nil
        return ({ weakSession }, { weakFrame })
    }

    /// Every node is made while the lowering lock is held, into its own session's arena: one
    /// made after unlocking went to whichever arena was current then (another session's, as
    /// it lowered on its own thread, which crashed `lesson test -j 2`; the fallback otherwise).
    func testRunningCellsMakesNoNodeOutsideItsSessionsArena() {
        let before = NodeArena.fallback.nodes.count
        let session = Session()
        _ = session.run(source: "let a = 1\nprint(a)")
        _ = session.run(source: "func f() -> Int { a + 1 }\nprint(f())")
        XCTAssertEqual(NodeArena.fallback.nodes.count, before)
        XCTAssertNil(NodeArena.current)
    }

    func testPlainCellsFreeTheSession() {
        let refs = weakSession(running: ["let a = 1\nprint(a)", "var b = [a, 2]\nb.append(3)"])
        eventuallyNil(refs.session, "session")
        eventuallyNil(refs.frame, "the global frame (1 MB) is freed with its session")
    }

    func testFunctionsClosuresAndClassesFreeTheSession() {
        let refs = weakSession(running: [
            "func twice(_ f: (Int) -> Int, _ x: Int) -> Int { f(f(x)) }\nprint(twice({ $0 + 1 }, 1))",
            "class Box { var v = 0; func bump() { v += 1 } }\nlet box = Box()\nbox.bump()",
            "var counter = 0\nlet next = { counter += 1; return counter }\nprint(next())",
            "struct P { var x = 1; mutating func m() { x += 1 } }\nvar p = P()\np.m()\nfor i in 0..<3 { let g = { i }; _ = g() }",
        ])
        eventuallyNil(refs.session, "session")
        eventuallyNil(refs.frame, "global frame")
    }

    func testEachCapturingPatternFreesTheGlobalFrame() {
        for cell in ["func twice(_ f: (Int) -> Int, _ x: Int) -> Int { f(f(x)) }\nprint(twice({ $0 + 1 }, 1))",
                     "func one() -> Int { 1 }\nprint(one())",
                     "class Box { var v = 0; func bump() { v += 1 } }\nlet box = Box()\nbox.bump()",
                     "class Box { var v = 0 }\nlet box = Box()",
                     "var counter = 0\nlet next = { counter += 1; return counter }\nprint(next())",
                     "struct P { var x = 1; mutating func m() { x += 1 } }\nvar p = P()\np.m()",
                     "for i in 0..<3 { let g = { i }; _ = g() }"] {
            let refs = weakSession(running: [cell])
            eventuallyNil(refs.frame, "global frame after: \(cell)")
        }
    }

    func testACellWithAnErrorFreesTheSession() {
        let refs = weakSession(running: ["let x = [1][5]", "undefinedName"])
        eventuallyNil(refs.session, "session")
        eventuallyNil(refs.frame, "global frame")
    }
}
