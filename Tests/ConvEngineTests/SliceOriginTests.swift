import XCTest
@testable import ConvEngine

/// A slice is a copy that writes its in-place changes back to where it was read from, so
/// compiled lessons change `Y` with `Y[i, j] += 1`, as torch's views do.
final class SliceOriginTests: XCTestCase {
    func testCompoundAssignmentOnASubscriptReachesTheTensor() {
        let y = zeros(2, 2)
        y[0, 0] += 1          // two-index window path
        y[1] *= 5             // general path (nothing to scale yet)
        y[1] += 3
        y[0..<2, 1] -= 2
        XCTAssertEqual(y.scalars, [1, -2, 3, 1])
    }

    func testNestedSlicesWriteThroughEveryLevel() {
        let z = zeros(2, 3)
        z[0][1] = 5
        z[1][0..<2] += 2
        XCTAssertEqual(z.scalars, [0, 5, 0, 2, 2, 0])
        let row = z[1]
        row.fill(7)
        XCTAssertEqual(z.scalars, [0, 5, 0, 7, 7, 7])
    }

    /// torch's `t()`/`transpose` is a view: a change through it reaches the tensor (expected
    /// values are torch's for the same statements), and autograd records it.
    func testChangesThroughATransposeReachTheTensor() throws {
        let y = zeros(2, 3)
        y.transposed()[2, 1] = Tensor.scalar(7)
        let t = y.transposed()
        t += ones(3, 2)
        XCTAssertEqual(y.scalars, [1, 1, 1, 1, 1, 8])
        let z = zeros(2, 2, 3)
        z.transposed(0, 2)[1, 0, 1] = Tensor.scalar(5)
        XCTAssertEqual(z.scalars.firstIndex(of: 5), 7)
        let p = Parameter(ones(2, 2))
        let q = p * 2
        q.transposed()[0, 1] = Tensor.scalar(9)
        XCTAssertEqual(q.scalars, [2, 2, 9, 2])
        try q.checkedSum().checkedBackward()
        XCTAssertEqual(p.grad?.scalars, [2, 2, 0, 2])
    }

    func testOneWayOnly() {
        // A slice read earlier keeps its values when its origin changes later.
        let x = Tensor(shape: [2, 2], data: [1, 2, 3, 4])
        let row = x[0]
        x[0, 0] = Tensor.scalar(9)
        XCTAssertEqual(row.scalars, [1, 2])
        XCTAssertEqual(x.scalars, [9, 2, 3, 4])
    }

    func testWriteThroughToALeafThatRequiresGradIsRefused() {
        let w = Tensor(shape: [2], data: [1, 2])
        let slice = w[0..<1]
        w.requiresGrad = true
        XCTAssertThrowsError(try slice.checkedUpdate(Tensor.add, Tensor.scalar(1))) { error in
            XCTAssertTrue("\(error)".contains("leaf tensor that requires grad"), "\(error)")
        }
    }
}
