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

/// NaN and ties in maxima, and `pow` derivatives, as torch computes them.
final class MaxAndPowTests: XCTestCase {
    func gradient(_ x: Tensor, _ f: (Tensor) -> Tensor) -> String {
        x.requiresGrad = true
        f(x).backward()
        return x.grad?.description ?? "nil"
    }

    func testMaxAlongAnAxisPropagatesNaN() {
        XCTAssertEqual(tensor([[1.0, .nan, 2.0]]).max(axis: 1).description, "tensor([nan])")
        let x = tensor([[1, .nan, 2], [.nan, 1, .nan], [3, .nan, .nan]])
        XCTAssertEqual(x.max(axis: 1).description, "tensor([nan, nan, nan])")
        // Torch's index (and so the gradient) is the first NaN.
        XCTAssertEqual(gradient(x) { $0.max(axis: 1).sum() },
                       "tensor([[0., 1., 0.],\n        [1., 0., 0.],\n        [0., 1., 0.]])")
    }

    func testFullMaxSharesTheGradientAmongTies() {
        XCTAssertEqual(gradient(tensor([1, 3, 3])) { $0.max() }, "tensor([0.0000, 0.5000, 0.5000])")
        XCTAssertEqual(gradient(tensor([1, 3, 3, 3])) { $0.max() }, "tensor([0.0000, 0.3333, 0.3333, 0.3333])")
        XCTAssertEqual(gradient(tensor([1, .nan, 3, .nan])) { $0.max() }, "tensor([0.0000, 0.5000, 0.0000, 0.5000])")
        XCTAssertEqual(gradient(tensor([1, 4, 3])) { $0.max() }, "tensor([0., 1., 0.])")
    }

    /// Expected strings printed by torch for x.pow(e).sum().backward() at these points.
    func testPowGradientsAtEdgeExponents() {
        let points: [Float] = [-2, -1, -0.0, 0, 0.5, 1, 2]
        let expected: [(Float, String)] = [
            (0, "tensor([0., 0., 0., 0., 0., 0., 0.])"),
            (1, "tensor([1., 1., 1., 1., 1., 1., 1.])"),
            (2, "tensor([-4., -2., -0.,  0.,  1.,  2.,  4.])"),
            (0.5, "tensor([   nan,    nan,   -inf,    inf, 0.7071, 0.5000, 0.3536])"),
            (-1, "tensor([-0.2500, -1.0000,    -inf,    -inf, -4.0000, -1.0000, -0.2500])"),
            (-0.5, "tensor([    nan,     nan,    -inf,    -inf, -1.4142, -0.5000, -0.1768])"),
            (3, "tensor([12.0000,  3.0000,  0.0000,  0.0000,  0.7500,  3.0000, 12.0000])"),
            (-2, "tensor([  0.2500,   2.0000,      inf,     -inf, -16.0000,  -2.0000,  -0.2500])"),
        ]
        for (e, want) in expected {
            XCTAssertEqual(gradient(tensor(points)) { $0.pow(e).sum() }, want, "exponent \(e)")
        }
        XCTAssertEqual(tensor(points).pow(0).description, "tensor([1., 1., 1., 1., 1., 1., 1.])")
    }
}

/// `grad_fn` names in the repr, as torch 2.x prints them for the same expressions.
final class GradFnNameTests: XCTestCase {
    func gradFn(_ t: Tensor) -> String {
        let d = t.description
        guard let r = d.range(of: "grad_fn=<") else { return "none" }
        return String(d[r.upperBound...].prefix { $0 != ">" })
    }

    func testIndexingNames() {
        let x = tensor([[1, 2, 3], [4, 5, 6]])
        x.requiresGrad = true
        let cases: [(Tensor, String)] = [
            (x[0], "SelectBackward0"), (x[-1], "SelectBackward0"), (x[0..<2, 1], "SelectBackward0"),
            (x[0..<1], "SliceBackward0"), (x[0..<2], "SliceBackward0"), (x[1, 0..<2], "SliceBackward0"),
            (x[0, 0..<3], "SelectBackward0"), (x[0..<1, 0..<3], "SliceBackward0"),
            (x[0..<2, 0..<3], "AliasBackward0"), (x[1, 2], "SelectBackward0"),
        ]
        for (i, (t, want)) in cases.enumerated() { XCTAssertEqual(gradFn(t), want, "case \(i)") }
    }

    func testReductionMatmulAndRsubNames() {
        let x = tensor([[1, 2, 3], [4, 5, 6]]), v = tensor([1, 2, 3])
        x.requiresGrad = true; v.requiresGrad = true
        XCTAssertEqual(x.mean(axis: 0).description, "tensor([2.5000, 3.5000, 4.5000], grad_fn=<MeanBackward1>)")
        XCTAssertEqual(gradFn(x.mean()), "MeanBackward0")
        XCTAssertEqual(gradFn(x.matmul(v)), "MvBackward0")
        XCTAssertEqual(gradFn(v.matmul(v)), "DotBackward0")
        XCTAssertEqual(gradFn(x.matmul(x.transposed())), "MmBackward0")
        XCTAssertEqual((1.0 - x).description, "tensor([[ 0., -1., -2.],\n        [-3., -4., -5.]], grad_fn=<RsubBackward1>)")
        XCTAssertEqual(gradFn(x - 1.0), "SubBackward0")
        // torch computes a number over a tensor as `reciprocal() * number`: grad_fn MulBackward0,
        // and values that round differently from quotients (bits below are torch's, torch 2.x CPU).
        XCTAssertEqual(gradFn(2 / x), "MulBackward0")
        XCTAssertEqual(gradFn(x / 2), "DivBackward0")
        let odd = Tensor(shape: [3], data: [3184338035, 3212497499, 3217946334].map { Float(bitPattern: $0) })
        XCTAssertEqual((3 / odd).scalars.map(\.bitPattern), [3253705076, 3225679555, 3220087982])
        let m = x.mean(axis: 1, keepDims: true)
        m.sum().backward()
        XCTAssertEqual(x.grad?.description, "tensor([[0.3333, 0.3333, 0.3333],\n        [0.3333, 0.3333, 0.3333]])")
    }
}
