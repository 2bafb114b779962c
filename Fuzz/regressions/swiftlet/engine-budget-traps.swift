let a = ones(100000)
var xs: [Tensor] = []
for _ in 0..<20 { xs.append(a.exp()) }
//--
var ys: [Tensor] = []
for _ in 0..<20 { ys.append(a.log()); ys.append(a.sqrt()); ys.append(a.abs()) }
//--
let layer = Conv2D(kernelSize: (100000, 100000))
//--
let layer2 = Conv2D(kernelSize: (4611686018427387904, 4))
