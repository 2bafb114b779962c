import XCTest
@testable import ConvEngine

/// Autograd gradients against central finite differences.
final class GradientTests: XCTestCase {
    /// Compares d f / d inputs[i] from backward() with (f(x + h) - f(x - h)) / 2h, element by element.
    func checkGradients(_ inputs: [Tensor], file: StaticString = #filePath, line: UInt = #line,
                        _ f: ([Tensor]) -> Tensor) {
        for t in inputs { t.requiresGrad = true; t.grad = nil }
        f(inputs).backward()
        let analytic = inputs.map { $0.grad?.scalars ?? [] }
        let h: Float = 1e-2
        for (which, t) in inputs.enumerated() {
            XCTAssertEqual(analytic[which].count, t.count, "gradient missing for input \(which)", file: file, line: line)
            for i in 0..<t.count {
                let original = t.storage[i]
                t.storage[i] = original + h
                let up = noGrad { f(inputs).item() }
                t.storage[i] = original - h
                let down = noGrad { f(inputs).item() }
                t.storage[i] = original
                let numeric = (up - down) / (2 * h)
                let got = analytic[which][i]
                XCTAssertEqual(got, numeric, accuracy: 2e-2 * Swift.max(1, Swift.abs(numeric)),
                               "input \(which) element \(i)", file: file, line: line)
            }
        }
    }

    func values(_ shape: [Int], seed: UInt64, offset: Float = 0) -> Tensor {
        let t = rand(shape, generator: Generator(seed: seed)) + offset
        return t.detach()
    }

    func testArithmeticWithBroadcasting() {
        checkGradients([values([2, 3], seed: 1), values([3], seed: 2, offset: 0.5)]) { v in
            ((v[0] + v[1]) * v[0] - v[0] / v[1]).sum()
        }
        checkGradients([values([2, 1], seed: 3), values([1, 4], seed: 4, offset: 1)]) { v in
            (v[0] - v[1] * 2 + 3 / v[1]).squared().mean()
        }
    }

    func testUnaryOps() {
        checkGradients([values([5], seed: 5, offset: 0.5)]) { v in
            (v[0].exp() + v[0].log() + v[0].sqrt() + v[0].pow(3) + (-v[0]).abs()).sum()
        }
    }

    func testAxisReductionsAndMax() {
        checkGradients([values([3, 4], seed: 6)]) { v in
            (v[0].sum(axis: 0).squared().sum() + v[0].mean(axis: 1, keepDims: true).exp().sum() + v[0].max())
        }
        checkGradients([values([2, 3, 2], seed: 7)]) { v in v[0].max(axis: 1).squared().sum() }
    }

    func testMatmulReshapeTransposeFlip() {
        checkGradients([values([2, 3], seed: 8), values([3, 4], seed: 9)]) { v in
            v[0].matmul(v[1]).transposed().flipped().reshaped(-1).squared().sum()
        }
    }

    func testSliceReadAndWrite() {
        checkGradients([values([4, 5], seed: 10), values([2], seed: 11)]) { v in
            let y = v[0] * 1
            y[1..<3, 2...] = v[0][0, 0..<3] * 2
            y[3, 0..<2] = v[1]
            y[-1, -1] = 5
            return (y * y).sum()
        }
    }

    func testCorr2dAndConvolve2d() {
        checkGradients([values([6, 7], seed: 12), values([2, 3], seed: 13)]) { v in
            (corr2d(v[0], v[1]).squared().sum() + convolve2d(v[0], v[1]).sum())
        }
    }

    func testBatchedConv2d() {
        checkGradients([values([2, 3, 5, 6], seed: 14), values([4, 3, 3, 2], seed: 15), values([4], seed: 16)]) { v in
            conv2d(v[0], v[1], bias: v[2], stride: 2, padding: 1).squared().sum()
        }
    }

    func testInPlaceUpdateIsRecorded() {
        checkGradients([values([3], seed: 17)]) { v in
            let y = v[0] * 2
            y += v[0].squared()
            y *= 3
            return y.sum()
        }
    }

    func testGradientsAccumulateAcrossBackwardCalls() {
        let x = Parameter(tensor([1.0, 2.0]))
        (x * 3).sum().backward()
        (x * 3).sum().backward()
        XCTAssertEqual(x.grad?.scalars, [6, 6])
    }

    /// As in torch: a second backward through a node that saved values (a product) is an
    /// error; through nodes that saved none (sums, additions) it adds the gradients again.
    func testSecondBackwardThroughSavedValuesIsRefused() throws {
        let x = Parameter(tensor([1.0, 2.0]))
        let product = (x * x).sum()
        try product.checkedBackward()
        XCTAssertThrowsError(try product.checkedBackward()) { error in
            XCTAssert("\(error)".contains("backward through the graph a second time"), "\(error)")
        }
        XCTAssertEqual(x.grad?.scalars, [2, 4])
        let total = (x + 1).sum()
        try total.checkedBackward()
        try total.checkedBackward()
        XCTAssertEqual(x.grad?.scalars, [4, 6])
    }

    /// torch refuses to change the flag of a computed tensor either way.
    func testRequiresGradOfAComputedTensorCannotChange() throws {
        let x = Parameter(tensor([1.0, 2.0]))
        let y = x * 2
        XCTAssertThrowsError(try y.checkedSetRequiresGrad(false))
        XCTAssertThrowsError(try y.checkedSetRequiresGrad(true))
        XCTAssertTrue(y.requiresGrad)
        try x.checkedSetRequiresGrad(false)
        XCTAssertFalse(x.requiresGrad)
    }

    func testVeryLongGraphsBackpropagateAndFreeWithoutRecursion() {
        let x = Parameter(tensor([1.0]))
        var y = zeros(1)
        for _ in 0..<200_000 { y = y + x }
        y.sum().backward()
        XCTAssertEqual(x.grad?.scalars, [200_000])
        y = zeros(1)  // frees the 200k-node chain
        XCTAssertFalse(y.requiresGrad)
    }

    func testNoGradRecordsNothing() {
        let x = Parameter(tensor([1.0]))
        let y = noGrad { x * 2 }
        XCTAssertFalse(y.requiresGrad)
        XCTAssertEqual((x * 2).gradFnName, "MulBackward0")
    }
}
