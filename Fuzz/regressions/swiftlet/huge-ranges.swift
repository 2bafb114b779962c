print((Int.min..<Int.max).count)
//--
let m = (0..<100_000_000).map { $0 }
//--
print(stride(from: 0, to: Int.max, by: 1).count)
//--
print(stride(from: Int.max, to: Int.min, by: -1).count)
//--
let a = Array(Int.min..<Int.max)
