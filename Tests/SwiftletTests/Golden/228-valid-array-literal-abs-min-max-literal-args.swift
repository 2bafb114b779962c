let l: [Double] = [abs(-3), 1.5]
let m: [Double] = [min(1, 2), max(3, 4)]
print(l, m)
