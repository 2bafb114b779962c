import ConvEngine
import Foundation

/// Prints one JSON line per benchmark case: {"case", "median_ms", "gflops"}.
/// Usage: conv-bench [--quick]  (quick: fewer repetitions)
let quick = CommandLine.arguments.contains("--quick")
/// `--only SUBSTRING` runs just the cases whose names contain it (for profiling one kernel).
let only: String? = CommandLine.arguments.firstIndex(of: "--only").flatMap {
    $0 + 1 < CommandLine.arguments.count ? CommandLine.arguments[$0 + 1] : nil
}
func selected(_ name: String) -> Bool { only.map { name.contains($0) } ?? true }

/// CPU time used by the whole process (all threads), in seconds.
func processCPUTime() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Wall and CPU seconds of one run of `body`.
func measure(_ body: () -> Void) -> (wall: Double, cpu: Double) {
    let start = DispatchTime.now().uptimeNanoseconds, cpu = processCPUTime()
    body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, processCPUTime() - cpu)
}

/// Median wall and CPU time of `body` over `reps` runs after one warm-up; `setup` runs untimed
/// before each. CPU time shows what the kernel costs when other processes share the cores.
func median(reps: Int, setup: () -> Void = {}, _ body: () -> Void) -> (wall: Double, cpu: Double) {
    setup()
    body()
    let runs = (0..<Swift.max(1, quick ? reps / 3 : reps)).map { _ in setup(); return measure(body) }
    let wall = runs.map(\.wall).sorted(), cpu = runs.map(\.cpu).sorted()
    return (wall[wall.count / 2], cpu[cpu.count / 2])
}

func report(_ name: String, _ t: @autoclosure () -> (wall: Double, cpu: Double), flops: Double?, per: Double = 1) {
    guard selected(name) else { return }
    let t = t()
    let g = flops.map { String(format: "%.2f", $0 / t.wall / 1e9) } ?? "null"
    let ms = { (s: Double) in String(format: "%.5f", s / per * 1e3) }
    print("{\"case\": \"\(name)\", \"median_ms\": \(ms(t.wall)), \"gflops\": \(g), \"cpu_ms\": \(ms(t.cpu))}")
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
    var y = corr2d(bx, bk)
    report("corr2d_2048_k3x3_backward_\(threads)thread\(threads == 1 ? "" : "s")", median(reps: 9, setup: {
        bx.grad = nil; bk.grad = nil
        y = corr2d(bx, bk)
    }) {
        y.backward(gradient: seed)
    }, flops: 2 * corrFlops)
}
EngineConfig.threadCount = allCores

let nx = rand(8, 64, 56, 56, generator: Generator(seed: 4)), nw = rand(64, 64, 3, 3, generator: Generator(seed: 5))
report("conv2d_n8_c64_o64_56x56_k3x3_pad1", median(reps: 5) { _ = conv2d(nx, nw, padding: 1) },
       flops: 2.0 * 8 * 64 * 64 * 9 * 56 * 56)
// One thread: the kernel's own speed, unmoved by whatever else runs on the other core.
EngineConfig.threadCount = 1
report("conv2d_n8_c64_o64_56x56_k3x3_pad1_1thread", median(reps: 5) { _ = conv2d(nx, nw, padding: 1) },
       flops: 2.0 * 8 * 64 * 64 * 9 * 56 * 56)
EngineConfig.threadCount = allCores

/// The book's loop-and-slice corr2d: one slice, multiply, sum and slice write per output element.
func sliceCorr2d(_ X: Tensor, _ K: Tensor) -> Tensor {
    let h = K.shape[0], w = K.shape[1]
    let Y = zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in 0..<Y.shape[0] {
        for j in 0..<Y.shape[1] { Y[i, j] = (X[i..<i + h, j..<j + w] * K).sum() }
    }
    return Y
}

/// Section 5.1.4's 20 training steps on a 6x8 input with a 1x2 kernel.
func trainingLoop(_ correlate: @escaping (Tensor, Tensor) -> Tensor) -> () -> Void {
    return {
        manualSeed(0)
        let conv = Conv2D(kernelSize: (1, 2))
        let X = ones(6, 8)
        X[0..., 2..<6] = 0
        let Y = corr2d(X, tensor([[1, -1]]))
        for _ in 0..<20 {
            let l = (correlate(X, conv.weight) + conv.bias - Y).squared().sum()
            l.backward()
            conv.weight.data -= 0.01 * conv.weight.grad!
            conv.bias.data -= 0.01 * conv.bias.grad!
            conv.weight.grad!.zero()
            conv.bias.grad!.zero()
        }
    }
}
/// The engine's floor for the lesson-language benchmark: the same loop, compiled.
report("slice_corr2d_128_k3x3", median(reps: 21) { _ = sliceCorr2d(small, k3) }, flops: nil)
report("training_loop_5_1_4", median(reps: 51, trainingLoop(corr2d)), flops: nil)
report("training_loop_5_1_4_slice_corr2d", median(reps: 21, trainingLoop(sliceCorr2d)), flops: nil)

let a = tensor([1, 2, 3, 4]), b = tensor([5, 6, 7, 8])
let opsPerRun = 10_000
report("op_overhead_add_4_elements", median(reps: 21) { for _ in 0..<opsPerRun { _ = a + b } }, flops: nil,
       per: Double(opsPerRun))

let X8 = rand(8, 8, generator: Generator(seed: 6)), Y8 = zeros(8, 8), one = Tensor.scalar(1)
report("op_overhead_slice_read_2x2", median(reps: 21) { for i in 0..<opsPerRun { _ = X8[i & 3..<(i & 3) + 2, 1..<3] } },
       flops: nil, per: Double(opsPerRun))
report("op_overhead_slice_write_scalar", median(reps: 21) { for i in 0..<opsPerRun { Y8[i & 7, 2] = one } },
       flops: nil, per: Double(opsPerRun))

