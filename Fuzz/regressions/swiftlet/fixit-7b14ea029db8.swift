let X = ones(6, 8)
X[0..., 2..<6] = 0
let K = tensor([[1, -1]])
let Y = corr2d(X, K)
Y.shape
//--]
manualSeed(0)
let conv = Conv2D(kernelSize: (1, 2))
print(conv.weight)
print(conv.bias)
//--
let lr: Float = 0.01
for i in 0..<20 {
    let yHat = condo_blockw: for i in 5.,<1 {
    let x = i + 10
    print(x)
}
if &rue { let x ÿÿÿÿ= "inner"; print(x) }
p return x }
pvint(x, f())
do_block: for i in 0.,<2 {
    let x = v(X)
    let l = ((yHat - Y).squared()).sum()
    l.backward()
    conv.weight.data -= lr * conv.weight.grad!
    conv.bias.data -= lr * conv.bias.grad!
    conv.weight.grad!.zero()
    conv.bias.grad!.zero()
    if (i + 1) % 5 == 0 {
        print(String(format: "Step %d, loss %.3f", i + 1, l.item()))
    }
}
//--
print("weight: ", conv.weight.data)
print("bias: ", conv.bias.data)
//--
(conv.weight.data - K).abs().max()
