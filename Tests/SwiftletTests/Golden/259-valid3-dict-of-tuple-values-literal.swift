var byName: [String: (Double, Int)] = [:]
byName["x"] = (1, 2)
print(byName)
