/// corr2d and convolve2d on 2-D tensors, with gradients for both operands.
extension Tensor {
    /// Throwing core of `corr2d`: valid cross-correlation of a 2-D input with a 2-D kernel.
    public static func corr2dChecked(_ x: Tensor, _ k: Tensor) throws -> Tensor {
        guard x.rank == 2, k.rank == 2 else {
            throw TensorError.shapeMismatch("corr2d expects 2-D input and kernel, got \(x.shape) and \(k.shape)")
        }
        let (h, w, kh, kw) = (x.shape[0], x.shape[1], k.shape[0], k.shape[1])
        guard kh <= h, kw <= w else { throw TensorError.kernelTooLarge(input: x.shape, kernel: k.shape) }
        guard kh > 0, kw > 0 else { throw TensorError.invalidArgument("corr2d kernel must not be empty, got shape \(k.shape)") }
        let oh = h - kh + 1, ow = w - kw + 1
        let storage = try x.storage.withBuffer { px in
            try k.storage.withBuffer { pk in
                try Storage.make(count: oh * ow) { out in
                    if oh * ow == 0 { return }
                    Correlation.forward(px.baseAddress!, h, w, pk.baseAddress!, kh, kw, out.baseAddress!)
                }
            }
        }
        let r = Tensor(storage: storage, shape: [oh, ow])
        if recording(x, k) {
            let needX = x.node != nil, needK = k.node != nil
            let xv = x.storage.saved(), kv = k.storage.saved()
            // Named as torch names the book's slice-assigning corr2d, so reprs agree.
            r.node = GradNode("CopySlices", [x.node, k.node]) { g in
                g.withUnsafeBufferPointer { pg in
                    let gx: [Float]? = needX ? kv.withBuffer {
                        Correlation.inputGradient(pg.baseAddress!, oh, ow, $0.baseAddress!, kh, kw)
                    } : nil
                    let gk: [Float]? = needK ? xv.withBuffer {
                        Correlation.kernelGradient($0.baseAddress!, h, w, pg.baseAddress!, kh, kw)
                    } : nil
                    return [gx, gk]
                }
            }
        }
        return r
    }

    /// Throwing core of `convolve2d`: true convolution (kernel flipped on both axes).
    public static func convolve2dChecked(_ x: Tensor, _ k: Tensor) throws -> Tensor {
        guard k.rank == 2 else {
            throw TensorError.shapeMismatch("convolve2d expects 2-D input and kernel, got \(x.shape) and \(k.shape)")
        }
        return try corr2dChecked(x, try k.checkedFlipped(axes: [0, 1]))
    }
}

public func corr2d(_ x: Tensor, _ k: Tensor) -> Tensor { orTrap { try Tensor.corr2dChecked(x, k) } }
public func convolve2d(_ x: Tensor, _ k: Tensor) -> Tensor { orTrap { try Tensor.convolve2dChecked(x, k) } }
