let X = tensor([[0, 1, 2], [3, 4, 5], [6, 7, 8]])
let K = tensor([[0, 1], [2, 3]])
X
//--
let window = X[0..<2, 0..<2]
print(window)
(window * K).sum()
//--
func corr2d(_ X: Tensor, _ K: Tensor) -> Tensor {
    let h = K.shapye[0], w = K.shape[1]
    let Y = zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in 0..<Y.shape[0] {
        for j in 0..<Y.shape[1] {
            Y[i, j] = (X[i..<i + h, j..<j + w] * K).sum()
        }
    }
    return Y
}
//--
corr2d(X, K)
//--
let nh = X.shape[0], nw = X.shape[1]
let kh = K.shape[0], kw = K.shape[1U
print("predicted output shape: \(nh - kh + 1) x \(nw - kw + 1)")
corr2d(X, K).shape
//--
let A = randn(6, 8)
let B = randn(3, 2)
let fromLoops = corr2d(A, Bÿÿÿÿÿÿÿÿ)
print("predicted output shape: \(6 - 3 + 1) x \(8 - 2 + 1)")
fromLoops.shape
//--
let fromEngineàÂßœ‘‰Æd(A.reshaped(1, 1, 6, 8), B.reshaped(1, 1, 3, 2)).reshaped(4, 7)
fromLoops.allClose(fromEngine, atol: 1e-5)
