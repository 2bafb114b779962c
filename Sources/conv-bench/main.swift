import ConvEngine
import Foundation

/// Prints one JSON line per benchmark case: {"case", "median_ms", "gflops"}.
/// Usage: conv-bench [--quick]  (quick: fewer repetitions)
let quick = CommandLine.arguments.contains("--quick")

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Median wall time of `body` in seconds over `reps` runs after one warm-up.
func median(reps: Int, _ body: () -> Void) -> Double {
    body()
    let times = (0..<Swift.max(1, quick ? reps / 3 : reps)).map { _ in seconds(body) }.sorted()
    return times[times.count / 2]
}

func report(_ name: String, _ t: Double, flops: Double?) {
    let g = flops.map { String(format: "%.2f", $0 / t / 1e9) } ?? "null"
    print("{\"case\": \"\(name)\", \"median_ms\": \(String(format: "%.4f", t * 1e3)), \"gflops\": \(g)}")
    fflush(stdout)
}

let allCores = EngineConfig.threadCount
let big = rand(2048, 2048, generator: Generator(seed: 1)), k3 = rand(3, 3, generator: Generator(seed: 2))
let corrFlops = 2.0 * 9 * 2046 * 2046

EngineConfig.threadCount = 1
report("corr2d_2048_k3x3_1thread", median(reps: 15) { _ = corr2d(big, k3) }, flops: corrFlops)
EngineConfig.threadCount = allCores
report("corr2d_2048_k3x3_\(allCores)threads", median(reps: 15) { _ = corr2d(big, k3) }, flops: corrFlops)

let small = rand(128, 128, generator: Generator(seed: 3))
report("corr2d_128_k3x3", median(reps: 2001) { _ = corr2d(small, k3) }, flops: 2.0 * 9 * 126 * 126)

// backward of corr2d alone: gradients for both input and kernel (twice the forward's flops)
let bx = big.detach(), bk = k3.detach()
bx.requiresGrad = true
bk.requiresGrad = true
let seed = ones(2046, 2046)
for threads in [1, allCores] {
    EngineConfig.threadCount = threads
    report("corr2d_2048_k3x3_backward_\(threads)thread\(threads == 1 ? "" : "s")", median(reps: 9) {
        let y = corr2d(bx, bk)
        bx.grad = nil; bk.grad = nil
        y.backward(gradient: seed)
    }, flops: 2 * corrFlops)
}
EngineConfig.threadCount = allCores

let nx = rand(8, 64, 56, 56, generator: Generator(seed: 4)), nw = rand(64, 64, 3, 3, generator: Generator(seed: 5))
report("conv2d_n8_c64_o64_56x56_k3x3_pad1", median(reps: 5) { _ = conv2d(nx, nw, padding: 1) },
       flops: 2.0 * 8 * 64 * 64 * 9 * 56 * 56)

report("training_loop_5_1_4", median(reps: 51) {
    manualSeed(0)
    let conv = Conv2D(kernelSize: (1, 2))
    let X = ones(6, 8)
    X[0..., 2..<6] = 0
    let Y = corr2d(X, tensor([[1, -1]]))
    for _ in 0..<20 {
        let l = (conv(X) - Y).squared().sum()
        l.backward()
        conv.weight.data -= 0.01 * conv.weight.grad!
        conv.bias.data -= 0.01 * conv.bias.grad!
        conv.weight.grad!.zero()
        conv.bias.grad!.zero()
    }
}, flops: nil)

let a = tensor([1, 2, 3, 4]), b = tensor([5, 6, 7, 8])
let opsPerRun = 10_000
let perRun = median(reps: 21) { for _ in 0..<opsPerRun { _ = a + b } }
report("op_overhead_add_4_elements", perRun / Double(opsPerRun), flops: nil)
