import XCTest
@testable import ConvEngine

final class BasicsTests: XCTestCase {
    func testCreationAndShapes() {
        XCTAssertEqual(arange(5).scalars, [0, 1, 2, 3, 4])
        XCTAssertEqual(arange(1, 8, step: 3).scalars, [1, 4, 7])
        XCTAssertEqual(arange(5, 0, step: -2).scalars, [5, 3, 1])
        XCTAssertEqual(eye(2).scalars, [1, 0, 0, 1])
        XCTAssertEqual(full([2], 7).scalars, [7, 7])
        let t = tensor([[1, 2, 3], [4, 5, 6]])
        XCTAssertEqual(t.shape, [2, 3]); XCTAssertEqual(t.count, 6); XCTAssertEqual(t.rank, 2)
        XCTAssertEqual(t.transposed().scalars, [1, 4, 2, 5, 3, 6])
        XCTAssertEqual(t.flipped().scalars, [6, 5, 4, 3, 2, 1])
        XCTAssertEqual(t.flipped(axes: [1]).scalars, [3, 2, 1, 6, 5, 4])
        XCTAssertEqual(t.reshaped(3, -1).shape, [3, 2])
        XCTAssertEqual(t.matmul(t.transposed()).scalars, [14, 32, 32, 77])
    }

    func testIndexingReadsAndWrites() {
        let X = ones(6, 8)
        X[0..., 2..<6] = 0
        XCTAssertEqual(X[0].scalars, [1, 1, 0, 0, 0, 0, 1, 1])
        XCTAssertEqual(X[-1, -1].item(), 1)
        XCTAssertEqual(X[1...2, ..<3].shape, [2, 3])
        XCTAssertEqual(X[...1, 5...].shape, [2, 3])
        XCTAssertEqual(X[0, 3..<100].shape, [5], "ranges clamp like Python slices")
        let Y = zeros(2, 3)
        Y[1] = tensor([1, 2, 3])
        Y[0, 0...1] = 9.5
        XCTAssertEqual(Y.scalars, [9.5, 9.5, 0, 1, 2, 3])
    }

    func testArithmeticComparisonsAndReductions() {
        let a = tensor([[1, 2], [3, 4]]), b = tensor([10, 20])
        XCTAssertEqual((a + b).scalars, [11, 22, 13, 24])
        XCTAssertEqual((2 - a).scalars, [1, 0, -1, -2])
        XCTAssertEqual((a / 2.0).scalars, [0.5, 1, 1.5, 2])
        XCTAssertEqual((a .> 2).scalars, [0, 0, 1, 1])
        XCTAssertEqual((a .== a).scalars, [1, 1, 1, 1])
        XCTAssertEqual(a.sum(axis: 0).scalars, [4, 6])
        XCTAssertEqual(a.sum(axis: 1, keepDims: true).shape, [2, 1])
        XCTAssertEqual(a.mean().item(), 2.5)
        XCTAssertEqual(a.max(axis: 1).scalars, [2, 4])
        XCTAssertTrue(a.allClose(a + 1e-7))
        XCTAssertFalse(a.allClose(a + 1e-2))
        let p = tensor([1, 2])
        p.data -= 0.5 * p
        XCTAssertEqual(p.scalars, [0.5, 1])
    }

    func testConvolutionsAgreeWithDefinitions() {
        let x = rand(5, 6, generator: Generator(seed: 1)), k = tensor([[1, 2], [3, 4]])
        let y = corr2d(x, k)
        XCTAssertEqual(y.shape, [4, 5])
        let expected = x[1, 2] * 1 + x[1, 3] * 2 + x[2, 2] * 3 + x[2, 3] * 4
        XCTAssertEqual(y[1, 2].item(), expected.item(), accuracy: 1e-6)
        XCTAssertTrue(convolve2d(x, k).allClose(corr2d(x, k.flipped())))
        // batched conv2d with one channel is corr2d plus bias
        let batched = conv2d(x.reshaped(1, 1, 5, 6), k.reshaped(1, 1, 2, 2), bias: tensor([0.5]))
        XCTAssertTrue(batched.reshaped(4, 5).allClose(y + 0.5, rtol: 1e-6, atol: 1e-6))
        // two channels, padding and stride against explicit sums of corr2d
        let xs = rand(1, 2, 4, 4, generator: Generator(seed: 2)), ws = rand(1, 2, 3, 3, generator: Generator(seed: 3))
        let padded = conv2d(xs, ws, stride: 2, padding: 1)
        XCTAssertEqual(padded.shape, [1, 1, 2, 2])
        var ref = zeros(4, 4)
        for ci in 0..<2 {
            let p = zeros(6, 6); p[1..<5, 1..<5] = xs[0, ci]
            ref = ref + corr2d(p, ws[0, ci])
        }
        XCTAssertEqual(padded[0, 0, 1, 1].item(), ref[2, 2].item(), accuracy: 1e-5)
        XCTAssertEqual(padded[0, 0, 0, 1].item(), ref[0, 2].item(), accuracy: 1e-5)
    }

    func testReprOfGraphTensors() {
        let x = Parameter(tensor([1, 2]))
        XCTAssertEqual((x + 1).description, "tensor([2., 3.], grad_fn=<AddBackward0>)")
        XCTAssertEqual(x.sum().description, "tensor(3., grad_fn=<SumBackward0>)")
        XCTAssertEqual(zeros(2, 0).description, "tensor([], size=(2, 0))")
        XCTAssertEqual(Tensor(floatLiteral: 0.5).description, "tensor(0.5000)")
    }
}
