import XCTest
@testable import ConvEngine

/// The SIMD kernels (forward, both gradients, GEMM) against naive loops on sizes that exercise
/// every vector width and tail, single- and multi-threaded.
final class KernelTests: XCTestCase {
    func naiveCorr(_ x: [Float], _ h: Int, _ w: Int, _ k: [Float], _ kh: Int, _ kw: Int) -> [Float] {
        let oh = h - kh + 1, ow = w - kw + 1
        var out = [Float](repeating: 0, count: oh * ow)
        for i in 0..<oh { for j in 0..<ow {
            var s: Float = 0
            for a in 0..<kh { for b in 0..<kw { s += x[(i + a) * w + j + b] * k[a * kw + b] } }
            out[i * ow + j] = s
        } }
        return out
    }

    func checkCorr(h: Int, w: Int, kh: Int, kw: Int, threads: Int) {
        let saved = EngineConfig.threadCount
        EngineConfig.threadCount = threads
        defer { EngineConfig.threadCount = saved }
        let x = randn([h, w], generator: Generator(seed: UInt64(h * w))), k = randn([kh, kw], generator: Generator(seed: 9))
        let g = randn([h - kh + 1, w - kw + 1], generator: Generator(seed: 10))
        x.requiresGrad = true; k.requiresGrad = true
        let y = corr2d(x, k)
        XCTAssertEqual(y.scalars, naiveCorr(x.scalars, h, w, k.scalars, kh, kw), "forward must be bit-identical")
        y.backward(gradient: g)
        let oh = h - kh + 1, ow = w - kw + 1
        var dx = [Float](repeating: 0, count: h * w), dk = [Float](repeating: 0, count: kh * kw)
        for i in 0..<oh { for j in 0..<ow { for a in 0..<kh { for b in 0..<kw {
            dx[(i + a) * w + j + b] += g.scalars[i * ow + j] * k.scalars[a * kw + b]
            dk[a * kw + b] += g.scalars[i * ow + j] * x.scalars[(i + a) * w + j + b]
        } } } }
        XCTAssertTrue(x.grad!.allClose(Tensor(shape: [h, w], data: dx), rtol: 1e-4, atol: 1e-4), "dX \(h)x\(w) k\(kh)x\(kw)")
        XCTAssertTrue(k.grad!.allClose(Tensor(shape: [kh, kw], data: dk), rtol: 1e-3, atol: 1e-3), "dK \(h)x\(w) k\(kh)x\(kw)")
    }

    /// (520, 260, 3, 3) is above `EngineConfig.parallelThreshold`, so the banded threads run.
    func testCorrelationKernelsAgainstNaiveLoops() {
        XCTAssertGreaterThan(518 * 258 * 9, EngineConfig.parallelThreshold)
        for (h, w, kh, kw) in [(5, 5, 5, 5), (9, 47, 3, 3), (40, 70, 3, 5), (13, 100, 1, 2), (300, 301, 4, 2), (520, 260, 3, 3)] {
            for threads in [1, 2] { checkCorr(h: h, w: w, kh: kh, kw: kw, threads: threads) }
        }
    }

    /// Every copy of the product this CPU runs (portable, AVX2, AVX-512), on sizes with row,
    /// column, panel (> 512 columns) and depth-block (> 256) tails.
    func testGemmAgainstNaiveProduct() {
        let implementations = KernelDispatch.gemmImplementations
        XCTAssertFalse(implementations.isEmpty)
        for (name, gemm) in implementations {
            for (m, k, n) in [(1, 1, 1), (5, 7, 17), (13, 33, 300), (64, 20, 16), (9, 600, 700), (17, 257, 33)] {
                let a = randn([m, k], generator: Generator(seed: 1)), b = randn([k, n], generator: Generator(seed: 2))
                var c = [Float](repeating: 0.5, count: m * n)
                a.scalars.withUnsafeBufferPointer { pa in b.scalars.withUnsafeBufferPointer { pb in c.withUnsafeMutableBufferPointer { pc in
                    gemm(pa.baseAddress!, pb.baseAddress!, pc.baseAddress!, m, k, n)
                } } }
                let expected = Tensor.mm(a.scalars, b.scalars, m, k, n).map { $0 + 0.5 }
                XCTAssertTrue(Tensor(shape: [m, n], data: c).allClose(Tensor(shape: [m, n], data: expected), rtol: 1e-4, atol: 1e-3),
                              "\(name) gemm \(m)x\(k)x\(n)")
            }
        }
    }

    /// The portable and AVX2 copies of torch's Box-Muller step give the same bits (the AVX2 one
    /// uses FMA instructions, the portable one libm's `fmaf`), on uniforms that cover the
    /// polynomials' branches and the edges 0 and 1 - 2^-24.
    func testBoxMullerCopiesAgreeBitForBit() {
        let implementations = KernelDispatch.boxMullerImplementations
        XCTAssertFalse(implementations.isEmpty)
        var uniforms = Generator(seed: 5).uniformFloats(16 * 4096)
        uniforms[0] = 0; uniforms[8] = 0; uniforms[1] = 1 - 0x1p-24; uniforms[9] = 1 - 0x1p-24
        var results: [(String, [UInt32])] = []
        for (name, boxMuller) in implementations {
            var values = uniforms
            values.withUnsafeMutableBufferPointer { p in
                for block in stride(from: 0, to: p.count, by: 16) { boxMuller(p.baseAddress! + block) }
            }
            XCTAssertTrue(values.allSatisfy(\.isFinite), "\(name): every normal is finite")
            results.append((name, values.map(\.bitPattern)))
        }
        for (name, bits) in results.dropFirst() {
            XCTAssertEqual(bits, results[0].1, "\(name) differs from \(results[0].0)")
        }
    }

    func testBatchedConv2dAgainstDirectSums() {
        checkConv2dAgainstDirectSums()
    }

    /// Pixel blocks that end mid-row, and blocks of one pixel, give the same sums.
    func testConv2dPixelBlocksSplittingRows() {
        let saved = EngineConfig.conv2dPixelBlock
        defer { EngineConfig.conv2dPixelBlock = saved }
        for block in [1, 5, 32] {
            EngineConfig.conv2dPixelBlock = block
            checkConv2dAgainstDirectSums()
        }
    }

    private func checkConv2dAgainstDirectSums(file: StaticString = #filePath, line: UInt = #line) {
        for (stride, padding, kh, kw) in [(1, 0, 3, 3), (1, 1, 3, 3), (1, 2, 3, 2), (2, 1, 3, 3), (3, 2, 1, 2)] {
            let (n, c, h, w, o) = (2, 3, 7, 9, 4)
            let x = randn([n, c, h, w], generator: Generator(seed: 21)), wt = randn([o, c, kh, kw], generator: Generator(seed: 22))
            let b = randn([o], generator: Generator(seed: 23))
            let y = conv2d(x, wt, bias: b, stride: stride, padding: padding)
            let oh = (h + 2 * padding - kh) / stride + 1, ow = (w + 2 * padding - kw) / stride + 1
            XCTAssertEqual(y.shape, [n, o, oh, ow])
            let xv = x.scalars, wv = wt.scalars, yv = y.scalars
            for img in 0..<n { for oc in 0..<o { for i in 0..<oh { for j in 0..<ow {
                var s = b.scalars[oc]
                for ci in 0..<c { for a in 0..<kh { for bb in 0..<kw {
                    let iy = i * stride - padding + a, ix = j * stride - padding + bb
                    if iy >= 0 && iy < h && ix >= 0 && ix < w {
                        s += xv[((img * c + ci) * h + iy) * w + ix] * wv[((oc * c + ci) * kh + a) * kw + bb]
                    }
                } } }
                XCTAssertEqual(yv[((img * o + oc) * oh + i) * ow + j], s, accuracy: 1e-4,
                               "stride \(stride) padding \(padding) kernel \(kh)x\(kw) block \(EngineConfig.conv2dPixelBlock)",
                               file: file, line: line)
            } } } }
        }
    }
}
