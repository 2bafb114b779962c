import XCTest
@testable import ConvEngine

/// Backward reads the values an operation saw, even when the storage is written to afterwards
/// (storage is shared in place now, so a write must freeze a copy for the saved values first).
final class SavedValuesTests: XCTestCase {
    func testMultiplyGradientUsesValuesBeforeALaterWrite() {
        let a = tensor([1, 2, 3]), b = tensor([4, 5, 6])
        a.requiresGrad = true
        let product = a * b
        b[0] = Tensor.scalar(100)                 // unrecorded in-place write to a saved input
        b.data.fill(-1)                     // and one through an alias sharing the storage
        product.sum().backward()
        XCTAssertEqual(a.grad?.scalars, [4, 5, 6])
        XCTAssertEqual(b.scalars, [-1, -1, -1])
    }

    func testSnapshotIsFrozenOnceAndLaterOpsSeeNewValues() {
        let w = tensor([2, 3]), x = tensor([1, 1])
        w.requiresGrad = true
        let first = w * x
        x.data.fill(10)
        let second = w * x                  // saves the new values of the same storage
        x.data.fill(0)
        (first.sum() + second.sum()).backward()
        XCTAssertEqual(w.grad?.scalars, [11, 11])
    }

    func testCorr2dKernelGradientUsesInputBeforeAWrite() {
        let x = tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), k = tensor([[1, 0], [0, 1]])
        k.requiresGrad = true
        let y = corr2d(x, k)
        x.data.fill(0)
        y.sum().backward()
        // d(sum)/dk[p, q] is the sum of the input window shifted by (p, q).
        XCTAssertEqual(k.grad?.scalars, [12, 16, 24, 28])
    }

    func testLargeArrayBackedStorageKeepsTheSameGuarantee() {
        let n = Storage.inlineLimit + 1
        let a = rand([n], generator: Generator(seed: 1)), b = ones(n)
        XCTAssertNotNil(b.storage.header.array, "above the inline limit values stay in an array")
        a.requiresGrad = true
        let product = a * b
        b.data.fill(5)
        product.sum().backward()
        XCTAssertEqual(a.grad?.scalars, [Float](repeating: 1, count: n))
        XCTAssertEqual(b.scalars, [Float](repeating: 5, count: n))
    }

    func testUnwrittenStorageIsNotCopied() {
        let x = tensor([1, 2, 3])
        x.requiresGrad = true
        let saved = x.storage.saved()
        XCTAssertNil(saved.snapshot.frozen)
        XCTAssertTrue(saved.storage === x.storage)
        XCTAssertTrue(x.storage.saved().snapshot === saved.snapshot, "one open snapshot per unwritten state")
    }
}
