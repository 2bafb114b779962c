func greet(_ names: [String: String], _ id: String) {
    let name = names[id]
    guard let name = name else {
        print("unknown \(id)")
        return
    }
    print("hello \(name)")
}
greet(["1": "ann"], "1")
greet([:], "2")
for s in ["4", "x"] {
    let n = Int(s)
    guard let n = n else { continue }
    print(n * 2)
}
