let scores: [String: Int?] = ["x": 1, "y": nil]
print(scores["x"]!! + 1)
print(scores.count)
let one: [String: Int?] = ["x": 1]
print(one)
