let a = [1, nil, 3]
print(a, a.count)
let words = ["x", "y"]
print(words.map { $0 == "x" ? $0 : nil })
let nums = [1, 2, 3]
print(nums.map { $0 % 2 == 0 ? $0 / 2 : nil })
let flag = true
let v = flag ? 3 : nil
print(v as Any, v ?? 0)
