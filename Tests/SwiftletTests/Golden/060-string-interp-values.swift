let arr = [1, 2]
let opt: Int? = 4
let t = (1, "a")
print("arr=\(arr) opt=\(String(describing: opt)) t=\(t)")
print("nested \("inner \(1 + 1)")")
