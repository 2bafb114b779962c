let d = ["k": 10]
for (k, v) in d { print(k, v) }
print(d.keys.count, d.values.first!)
