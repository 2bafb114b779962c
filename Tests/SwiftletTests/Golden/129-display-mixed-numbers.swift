let xs: [Double] = [1, 2.5, 3]
let mean = xs.reduce(0, +) / Double(xs.count)
print(mean)
let f: [Float] = [0.1, 0.2]
print(f, f.reduce(0, +))
let pairs = [(1, 2.0), (3, 4.5)]
print(pairs)
let nested: [String: [Int]] = ["a": [1, 2]]
print(nested)
