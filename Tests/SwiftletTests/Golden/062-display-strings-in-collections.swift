print(["a", "b"], ["k": "v"])
print([("x", 1)])
print([[String]]([["q"]]))
let o: String? = "z"
print(o as Any)
debugPrint("quoted", 1)
