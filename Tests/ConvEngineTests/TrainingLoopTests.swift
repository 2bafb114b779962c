import Foundation
import XCTest
@testable import ConvEngine

/// The book's section 5.1.4 loop must print exactly what PyTorch prints.
final class TrainingLoopTests: XCTestCase {
    /// The book's loop-and-slice cross-correlation, written against the engine's public API.
    func bookCorr2d(_ X: Tensor, _ K: Tensor) -> Tensor {
        let h = K.shape[0], w = K.shape[1]
        let Y = zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
        for i in 0..<Y.shape[0] {
            for j in 0..<Y.shape[1] {
                Y[i, j] = (X[i..<i + h, j..<j + w] * K).sum()
            }
        }
        return Y
    }

    func runLoop(forward: (Conv2D, Tensor) -> Tensor) -> [String] {
        manualSeed(0)
        let conv = Conv2D(kernelSize: (1, 2))
        var lines = [conv.weight.description, conv.bias.description]
        let X = ones(6, 8)
        X[0..., 2..<6] = 0
        let K = tensor([[1.0, -1.0]])
        let Y = corr2d(X, K)
        for i in 0..<20 {
            let Yhat = forward(conv, X)
            let l = (Yhat - Y).squared().sum()
            l.backward()
            conv.weight.data -= 0.01 * conv.weight.grad!
            conv.bias.data -= 0.01 * conv.bias.grad!
            conv.weight.grad!.zero()
            conv.bias.grad!.zero()
            if (i + 1) % 5 == 0 { lines.append(String(format: "Step %d, loss %.3f", i + 1, l.item())) }
        }
        lines.append("weight:  \(conv.weight.data)")
        lines.append("bias:  \(conv.bias.data)")
        return lines
    }

    let expected = [
        "Parameter containing:\ntensor([[ 1.5410, -0.2934]], requires_grad=True)",
        "Parameter containing:\ntensor([-2.1788], requires_grad=True)",
        "Step 5, loss 7.148", "Step 10, loss 0.802", "Step 15, loss 0.091", "Step 20, loss 0.011",
        "weight:  tensor([[ 1.0077, -0.9795]])", "bias:  tensor([-0.0158])",
    ]

    func testKernelCorr2dLoopPrintsWhatTorchPrints() {
        XCTAssertEqual(runLoop { conv, x in conv(x) }, expected)
    }

    func testLoopAndSliceCorr2dTrainsThroughCopySlices() {
        XCTAssertEqual(runLoop { conv, x in self.bookCorr2d(x, conv.weight) + conv.bias }, expected)
    }

    func testBookCorr2dMatchesKernelAndRecordsCopySlices() {
        let x = rand(7, 9, generator: Generator(seed: 3)), k = rand(2, 3, generator: Generator(seed: 4))
        k.requiresGrad = true
        let slow = bookCorr2d(x, k), fast = corr2d(x, k)
        XCTAssertTrue(slow.allClose(fast, rtol: 1e-6, atol: 1e-6))
        XCTAssertEqual(slow.gradFnName, "CopySlices")
        slow.sum().backward()
        let viaSlices = k.grad!.scalars
        k.grad = nil
        fast.sum().backward()
        XCTAssertTrue(Tensor(viaSlices).allClose(k.grad!.reshaped(-1), rtol: 1e-5, atol: 1e-5))
    }

    func testSGDStepsAndClears() {
        let p = Parameter(tensor([1.0, 2.0]))
        (p * p).sum().backward()
        let opt = SGD([p], lr: 0.5)
        opt.step()
        XCTAssertEqual(p.scalars, [0, 0])
        opt.zeroGrad()
        XCTAssertNil(p.grad)
    }
}
