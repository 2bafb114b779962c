import XCTest
@testable import Swiftlet

/// A closure stored in the frame it captured (a local `func`, `let g = { i }` in a loop) forms a
/// cycle with that frame. The call or iteration that made the frame breaks it when nothing else
/// can reach the frame, so memory stays flat in a loop; a closure that escaped keeps its frame
/// and siblings working.
final class FrameCycleTests: XCTestCase {
    private func run(_ source: String) -> (output: String, alive: Int) {
        let session = Session()
        let result = session.run(source: source)
        XCTAssertNil(result.error, "\(String(describing: result.error))")
        return (result.output, session.rt.capturedFrames.aliveCount)
    }

    func testALocalFunctionCalledInALoopDoesNotKeepItsFrames() {
        let r = run("""
        func outer(_ x: Int) -> Int {
            func inner() -> Int { x * 2 }
            return inner()
        }
        var total = 0
        for i in 0..<1000 { total += outer(i) }
        print(total)
        """)
        XCTAssertEqual(r.output, "999000\n")
        // Only the global frame (it holds `outer`, which captured it) is still alive.
        XCTAssertLessThanOrEqual(r.alive, 1)
    }

    func testAClosureStoredInItsLoopIterationDoesNotKeepTheIteration() {
        let r = run("""
        var total = 0
        for i in 0..<1000 {
            let g = { i * 3 }
            total += g()
        }
        var n = 0
        while n < 100 {
            let h = { n }
            n = h() + 1
        }
        print(total, n)
        """)
        XCTAssertEqual(r.output, "1498500 100\n")
        XCTAssertLessThanOrEqual(r.alive, 1)
    }

    func testEscapedLocalFunctionsKeepTheirFrames() {
        let r = run("""
        var saved: [() -> Int] = []
        func make(_ i: Int) {
            func inner() -> Int { i * 10 }
            saved.append(inner)
        }
        for i in 0..<5 { make(i) }
        print(saved.map { $0() })
        """)
        XCTAssertEqual(r.output, "[0, 10, 20, 30, 40]\n")
        XCTAssertGreaterThanOrEqual(r.alive, 5, "each escaped closure still needs its frame")
    }

    func testAnEscapedClosureCanStillCallItsSiblings() {
        let r = run("""
        func make() -> () -> Int {
            func one() -> Int { 1 }
            func two() -> Int { one() + 1 }
            return two
        }
        let f = make()
        var keep: [() -> Int] = []
        func stash() {
            func seven() -> Int { 7 }
            func eight() -> Int { seven() + 1 }
            keep.append(eight)
        }
        stash()
        print(f(), keep[0]())
        """)
        XCTAssertEqual(r.output, "2 8\n")
    }

    /// Here every closure in the frame is unshared, yet a closure made in a nested loop
    /// iteration (whose frame points at this one) escaped: the frame must survive.
    func testAFrameReachedThroughAnEscapedInnerFrameIsKept() {
        let r = run("""
        var keep: [() -> Int] = []
        func make() {
            func base() -> Int { 7 }
            for i in 0..<2 { keep.append({ base() + i }) }
        }
        make()
        print(keep.map { $0() })
        """)
        XCTAssertEqual(r.output, "[7, 8]\n")
    }

    func testInoutAndMutatingWriteBackStillWork() {
        let r = run("""
        func bump(_ x: inout Int) {
            func step() -> Int { 1 }
            x += step()
        }
        struct Counter {
            var n = 0
            mutating func add() { func one() -> Int { 1 }; n += one() }
            init(start: Int) { func twice(_ v: Int) -> Int { v * 2 }; n = twice(start) }
        }
        var a = 1
        bump(&a)
        var c = Counter(start: 3)
        c.add()
        print(a, c.n)
        """)
        XCTAssertEqual(r.output, "2 7\n")
        XCTAssertLessThanOrEqual(r.alive, 1)
    }

    /// A loop whose body captures its variable runs each pass in its own frame; its range is
    /// walked, not made into an array first (that array was the size of the whole range, and
    /// a range over the array size limit was an error where Swift just loops).
    func testACapturingLoopOverAHugeRangeRunsUntilItBreaks() {
        let r = run("""
        var seen: [Int] = []
        for i in 0..<1_000_000_000_000 where i % 2 == 0 {
            let g = { i }
            seen.append(g())
            if seen.count == 3 { break }
        }
        print(seen)
        """)
        XCTAssertEqual(r.output, "[0, 2, 4]\n")
    }
}
