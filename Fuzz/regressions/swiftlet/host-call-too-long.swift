let x = ones(300, 300)
let k = ones(200, 200)
let y = corr2d(x, k)
//--
let z = matmul(x, x)
//--
let c = Conv2D(kernelSize: (200, 200))
let w = c(x)
