import XCTest
@testable import ConvEngine

/// Every error kind comes back as a value with a readable message through the throwing cores.
final class ErrorTests: XCTestCase {
    func expect(_ kind: (TensorError) -> Bool, _ text: String, _ body: () throws -> Void,
                file: StaticString = #filePath, line: UInt = #line) {
        do {
            try body()
            XCTFail("expected an error containing \"\(text)\"", file: file, line: line)
        } catch let e as TensorError {
            XCTAssertTrue(kind(e), "wrong kind: \(e)", file: file, line: line)
            XCTAssertTrue(e.description.contains(text), "message was: \(e)", file: file, line: line)
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
        }
    }

    func testShapeMismatch() {
        expect({ if case .shapeMismatch = $0 { true } else { false } }, "shape mismatch: cannot broadcast [2, 3] with [4]") {
            _ = try Tensor.add(zeros(2, 3), zeros(4))
        }
        expect({ if case .shapeMismatch = $0 { true } else { false } }, "inner sizes") {
            _ = try Tensor.matmul(zeros(2, 3), zeros(2, 3))
        }
        expect({ if case .shapeMismatch = $0 { true } else { false } }, "invalid for input of size 6") {
            _ = try zeros(2, 3).checkedReshaped([4, -1])
        }
        expect({ if case .shapeMismatch = $0 { true } else { false } }, "cannot assign") {
            try zeros(3, 3).checkedSetSubscript([.single(0)], zeros(2))
        }
        expect({ if case .shapeMismatch = $0 { true } else { false } }, "needs 4 values") {
            _ = try Tensor.make(shape: [2, 2], data: [1])
        }
    }

    func testKernelTooLarge() {
        expect({ if case .kernelTooLarge = $0 { true } else { false } }, "does not fit") {
            _ = try Tensor.corr2dChecked(zeros(2, 2), zeros(3, 1))
        }
        expect({ if case .kernelTooLarge = $0 { true } else { false } }, "kernel too large") {
            _ = try Tensor.conv2dChecked(zeros(1, 1, 2, 2), zeros(1, 1, 3, 3))
        }
    }

    func testNotScalar() {
        expect({ $0 == .notScalar(shape: [2]) }, "got shape [2]") { _ = try zeros(2).checkedItem() }
        expect({ $0 == .notScalar(shape: [2, 2]) }, "one element") {
            let p = Parameter(zeros(2, 2)); try p.checkedBackward()
        }
    }

    func testIndexOutOfRange() {
        expect({ if case .indexOutOfRange = $0 { true } else { false } }, "index 5 is out of bounds for axis 1 with size 3") {
            _ = try zeros(2, 3).checkedSubscript([.single(0), .single(5)])
        }
        expect({ if case .indexOutOfRange = $0 { true } else { false } }, "too many indices") {
            _ = try zeros(2).checkedSubscript([.single(0), .single(0)])
        }
        expect({ if case .indexOutOfRange = $0 { true } else { false } }, "axis 2") { _ = try zeros(2, 2).checkedSum(axis: 2) }
    }

    func testAllocationBudgetStopsHugeRequestsBeforeAllocating() {
        let budget = AllocationBudget(maxElementsPerTensor: 1000, maxTotalElements: 1500)
        Tensor.$allocationBudget.withValue(budget) {
            expect({ if case .tooLarge = $0 { true } else { false } }, "10000000000 elements requested") {
                _ = try Tensor.zeros([100_000, 100_000])
            }
            expect({ if case .tooLarge = $0 { true } else { false } }, "too large") { _ = try Tensor.randn([2000]) }
            do {
                let a = try Tensor.zeros([800])
                XCTAssertEqual(budget.liveElements, 800)
                expect({ if case .tooLarge = $0 { true } else { false } }, "budget allows 700") {
                    _ = try Tensor.ones([800])
                }
                _ = a
            } catch { XCTFail("\(error)") }
        }
        XCTAssertEqual(budget.liveElements, 0, "freed tensors refund the budget")
        expect({ if case .tooLarge = $0 { true } else { false } }, "too large") { _ = try Tensor.zeros([Int.max, 4]) }
        let small = AllocationBudget(maxElementsPerTensor: 1_000_000, maxTotalElements: 1_000_000)
        Tensor.$allocationBudget.withValue(small) {
            expect({ if case .tooLarge = $0 { true } else { false } }, "too large") {
                let column = try Tensor.ones([100_000, 1]), row = try Tensor.ones([1, 100_000])
                _ = try Tensor.matmul(column, row)   // 10^10 elements: refused before allocating
            }
            expect({ if case .tooLarge = $0 { true } else { false } }, "too large") {
                _ = try Tensor.conv2dChecked(try Tensor.ones([1, 64, 30, 30]), try Tensor.ones([1, 64, 11, 11]), padding: 5)
            }
        }
    }

    /// Results of ops on a document's tensors charge that document's budget, wherever they are
    /// computed; results of ops on uncharged tensors charge the task's budget.
    func testResultsChargeTheirInputsBudget() throws {
        let document = AllocationBudget(maxElementsPerTensor: 100, maxTotalElements: 30)
        let other = AllocationBudget(maxElementsPerTensor: 100, maxTotalElements: 1000)
        let x = try Tensor.$allocationBudget.withValue(document) { try Tensor.ones([4, 4]) }
        XCTAssertEqual(document.liveElements, 16)
        let uncharged = Tensor(shape: [2], data: [1, 2])
        try Tensor.$allocationBudget.withValue(other) {
            let window = try x.checkedSubscript(.range(lower: 0, upper: 2), .range(lower: 0, upper: 3))
            let product = try Tensor.multiply(window, window)
            let sum = try product.checkedSum()
            XCTAssertEqual(document.liveElements, 16 + 6 + 6 + 1)
            XCTAssertEqual(other.liveElements, 0)
            // The document's budget is what refuses: 29 of 30 elements are held.
            expect({ if case .tooLarge = $0 { true } else { false } }, "too large") { _ = try Tensor.multiply(x, x) }
            let total = try Tensor.add(uncharged, uncharged)
            XCTAssertEqual(other.liveElements, 2, "no input was charged: the task's budget is")
            _ = (window, product, sum, total)
        }
        XCTAssertEqual(document.liveElements, 16)
        XCTAssertEqual(other.liveElements, 0, "freed results refund the budget they charged")
    }

    func testLayerCreationThrowsInsteadOfTrapping() {
        expect({ if case .invalidArgument = $0 { true } else { false } }, "negative dimension") {
            _ = try Conv2D.make(kernelSize: (-1, 2))
        }
        let budget = AllocationBudget(maxElementsPerTensor: 10, maxTotalElements: 100)
        Tensor.$allocationBudget.withValue(budget) {
            expect({ if case .tooLarge = $0 { true } else { false } }, "too large") {
                _ = try Conv2D.make(kernelSize: (100_000, 100_000))
            }
        }
    }

    func testEmptyKernelsAreRejected() {
        expect({ if case .invalidArgument = $0 { true } else { false } }, "must not be empty") {
            _ = try Tensor.corr2dChecked(zeros(3, 3), zeros(0, 2))
        }
        expect({ if case .invalidArgument = $0 { true } else { false } }, "must not be empty") {
            _ = try Tensor.conv2dChecked(zeros(1, 1, 3, 3), zeros(1, 1, 0, 2))
        }
    }

    func testInvalidArguments() {
        expect({ if case .invalidArgument = $0 { true } else { false } }, "step must be nonzero") {
            _ = try Tensor.arange(0, 5, step: 0)
        }
        expect({ if case .invalidArgument = $0 { true } else { false } }, "negative dimension") { _ = try Tensor.zeros([-1]) }
    }

    func testAutogradMisuse() {
        expect({ if case .autograd = $0 { true } else { false } }, "does not require grad") {
            try zeros(1).checkedBackward()
        }
        expect({ if case .autograd = $0 { true } else { false } }, "in-place") {
            let p = Parameter(zeros(2))
            try p.checkedUpdate(Tensor.add, ones(2))
        }
    }
}
