let scores = ["carol": 7, "alice": 9, "bob": 8]
for name in scores.keys.sorted() {
    print(name, scores[name]!)
}
let best = scores.sorted { $0.value > $1.value }.first!
print(best.key, best.value)
