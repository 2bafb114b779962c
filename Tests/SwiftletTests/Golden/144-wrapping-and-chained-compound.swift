// The wrapping compound assignments and masking shifts, and compound assignment through an
// optional chain (a nil link does nothing, as plain assignment does).
var a = Int.max
a &+= 1
print(a)
var b = Int.min
b &-= 1
print(b)
var c = Int.max
c &*= 2
print(c)
print(1 &<< 65, -8 &>> 66, 1 &<< 63)
var d = 3
d &<<= 62
print(d)
d &>>= 61
print(d)
struct P { var x = 1 }
var p: P? = nil
p?.x += 1
print(p as Any)
p = P()
p?.x += 41
print(p!.x)
var n: Int? = nil
n? += 1
print(n as Any)
n = 5
n? *= 3
print(n!)
var arr: [Int]? = nil
arr?[0] += 1
print(arr as Any)
arr = [10]
arr?[0] -= 3
print(arr!)
var dict = ["a": 1]
dict["a"]? += 1
dict["z"]? += 1
print(dict)
