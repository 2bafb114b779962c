let q: [Double] = [1, 2] + [3]
print(q)
var total: [Double] = [1] + [2]
total += [4]
print(total, total[0] / 2)
