@testable import ConvEngine

// Memory-safety sweep (AddressSanitizer) of the blocked im2col and the inline storage.
var generator = Generator(seed: 7)
var checked = 0
for n in [1, 3] { for c in [1, 2, 5] { for h in [1, 4, 9] { for w in [1, 3, 10] {
  for (kh, kw) in [(1, 1), (3, 3), (2, 3)] { for stride in [1, 2, 3] { for padding in [0, 1, 2] {
    guard kh <= h + 2 * padding, kw <= w + 2 * padding else { continue }
    let o = 3
    let x = randn([n, c, h, w], generator: generator), wt = randn([o, c, kh, kw], generator: generator)
    let b = randn([o], generator: generator)
    EngineConfig.conv2dPixelBlock = 1 << 20
    let whole = conv2d(x, wt, bias: b, stride: stride, padding: padding)
    for block in [1, 2, 5, 7, 32, 256] {
      EngineConfig.conv2dPixelBlock = block
      let blocked = conv2d(x, wt, bias: b, stride: stride, padding: padding)
      precondition(blocked.shape == whole.shape)
      for (p, q) in zip(blocked.scalars, whole.scalars) where abs(p - q) > 1e-4 * max(1, abs(q)) {
        fatalError("block \(block) differs: \(p) vs \(q) for \(x.shape) \(wt.shape) s\(stride) p\(padding)")
      }
      checked += 1
    }
  } } }
} } } }
// Small inline storage through slicing, arithmetic, saved values and writes.
let big = randn([40, 40], generator: generator)
var total: Float = 0
for i in 0..<38 { for j in 0..<38 {
  let window = big[i..<i + 3, j..<j + 3]
  total += (window * window).sum().item()
  big[i, j] = Tensor.scalar(Float(i - j))
} }
let a = randn([5], generator: generator); a.requiresGrad = true
let k = randn([5], generator: generator)
let y = (a * k).sum(); k.data.fill(2); y.backward()
print("ok: \(checked) blocked conv2d comparisons, window sum \(total.isFinite), grad \(a.grad!.shape)")
