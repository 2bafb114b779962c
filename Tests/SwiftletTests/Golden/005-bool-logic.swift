let t = true, f = false
print(t && f, t || f, !t)
print(1 < 2, 2 <= 2, 3 > 4, 5 >= 5, 1 == 1, 1 != 1)
print(t == f)
