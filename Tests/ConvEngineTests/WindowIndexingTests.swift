import XCTest
@testable import ConvEngine

/// The two-index fast path must read, write and fail exactly as the general indexing path does.
final class WindowIndexingTests: XCTestCase {
    /// Every kind of component, including negative positions and ranges that need clamping.
    let specs: [IndexSpec] = [
        .single(0), .single(2), .single(-1), .single(-4), .single(4), .single(-5),
        .range(lower: 0, upper: 2), .range(lower: 1, upper: nil), .range(lower: nil, upper: -1),
        .range(lower: -3, upper: 10), .range(lower: 3, upper: 1), .range(lower: nil, upper: nil),
    ]

    func source() -> Tensor { Tensor(shape: [4, 5], data: (0..<20).map(Float.init)) }

    func outcome(_ body: () throws -> Tensor) -> String {
        do {
            let t = try body()
            return "\(t.shape) \(t.scalars)"
        } catch {
            return "error: \(error)"
        }
    }

    func testReadsMatchTheGeneralPath() {
        let x = source()
        var compared = 0
        for a in specs {
            for b in specs {
                let fast = outcome { try x.checkedSubscript(a, b) }
                let general = outcome { try x.checkedSubscript([a, b]) }
                XCTAssertEqual(fast, general, "x[\(a), \(b)]")
                compared += 1
            }
        }
        XCTAssertEqual(compared, specs.count * specs.count)
        XCTAssertEqual(outcome { try x.checkedSubscript(.range(lower: 1, upper: 3), .range(lower: 2, upper: 4)) },
                       "[2, 2] [7.0, 8.0, 12.0, 13.0]")
    }

    func testWritesMatchTheGeneralPath() {
        let values: [Tensor] = [
            Tensor.scalar(9), Tensor(shape: [1, 1], data: [9]), Tensor(shape: [1, 1, 1], data: [9]),
            Tensor(shape: [2], data: [7, 8]), Tensor(shape: [2, 1], data: [7, 8]), Tensor(shape: [1, 2], data: [7, 8]),
            Tensor(shape: [2, 2], data: [1, 2, 3, 4]), Tensor(shape: [4], data: [1, 2, 3, 4]),
        ]
        for a in specs {
            for b in specs {
                for v in values {
                    let fast = source(), general = source()
                    let fastError = outcome { try fast.checkedSetSubscript(a, b, v); return fast }
                    let generalError = outcome { try general.checkedSetSubscript([a, b], v); return general }
                    XCTAssertEqual(fastError, generalError, "x[\(a), \(b)] = \(v.shape)")
                }
            }
        }
    }

    func testWritingATensorIntoItself() {
        let x = source()
        let alias = x.data
        XCTAssertNoThrow(try x.checkedSetSubscript(.range(lower: nil, upper: nil), .range(lower: nil, upper: nil), alias))
        XCTAssertEqual(x.scalars, (0..<20).map(Float.init))
    }

    func testRecordedWritesStillReachTheGraph() throws {
        let w = Tensor(shape: [2, 2], data: [1, 2, 3, 4])
        w.requiresGrad = true
        let y = zeros(2, 2)
        try y.checkedSetSubscript(.single(0), .single(1), try w.checkedSubscript(.single(1), .single(0)))
        try y.checkedSum().checkedBackward()
        XCTAssertEqual(w.grad?.scalars, [0, 0, 1, 0])
    }

    func testCompiledTwoIndexSubscript() {
        let x = source()
        XCTAssertEqual(x[1..<3, 0..<2].scalars, [5, 6, 10, 11])
        x[0, 0] = Tensor.scalar(42)
        XCTAssertEqual(x[0, 0].item(), 42)
        XCTAssertEqual(x[0...1, 4].scalars, [4, 9])
    }
}
