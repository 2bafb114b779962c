let a: Int? = 3
print(a)
let b: String? = "s"
print(b)
let c: Double? = nil
print(c)
let arr: [Int?] = [1, nil]
print(arr)
