import XCTest
@testable import ConvEngine

/// Sums, means and maxima whose printed results must be torch's, digit for digit.
final class ReductionTests: XCTestCase {
    /// Torch's cascade order rounds these differently from a plain running or 8-lane sum.
    func testSumsPrintAsTorch() {
        XCTAssertEqual(full([200], 0.1).sum().description, "tensor(20.)")
        XCTAssertEqual(full([1000], 0.1).sum().description, "tensor(100.0000)")
        XCTAssertEqual(full([10, 2], 0.1).sum(axis: 0).description, "tensor([1., 1.])")
        XCTAssertEqual(tensor([1e8, 1, 1, 1, 1, -1e8]).sum().description, "tensor(3.)")
        // One-thread torch; with several threads torch splits the sum and gets 999999.5625.
        XCTAssertEqual(full([10_000_000], 0.1).sum().item(), 999999.4375)
        XCTAssertEqual(full([200], 0.1).mean().description, "tensor(0.1000)")
    }

    func testEmptyAndSpecialSums() {
        XCTAssertEqual(zeros([0]).sum().description, "tensor(0.)")
        XCTAssertEqual(zeros([0]).mean().description, "tensor(nan)")
        XCTAssertEqual(tensor([-0.0, -0.0]).sum().item().sign, .plus)
        XCTAssertEqual(tensor([1, .infinity, 2]).sum().description, "tensor(inf)")
        XCTAssertEqual(tensor([.infinity, -.infinity, 1]).sum().description, "tensor(nan)")
        XCTAssertEqual(tensor([[1, .nan], [2, 3]]).sum(axis: 0).description, "tensor([3., nan])")
    }
}
