var d = ["a": 1, "b": 2]
print(d.removeValue(forKey: "a") as Any, d.count)
print(d.updateValue(5, forKey: "b") as Any, d["b"]!)
print(d.isEmpty)
