var a = 10
a += 5; a -= 3; a *= 2; a /= 4; a %= 4
print(a)
var d = 1.5
d *= 4
d -= 0.5
d /= 2
print(d)
var s = "x"
s += "y"
print(s)
