class Conv {
    var kernel: (Int, Int)
    var bias: Double
    init(kernelSize: (Int, Int), bias: Double = 0) {
        kernel = kernelSize
        self.bias = bias
    }
}
let c = Conv(kernelSize: (1, 2))
print(c.kernel, c.bias)
print(c.kernel.0 * c.kernel.1)
