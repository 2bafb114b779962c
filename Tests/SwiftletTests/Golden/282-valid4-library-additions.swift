import Foundation
let scores = ["ann": 90, "bob": 72]
print(scores.max { $0.value < $1.value }!.key, scores.min(by: { $0.value < $1.value })!.key)
print(scores.reduce(0) { $0 + $1.value })
print(scores.mapValues { $0 + 5 }["bob"]!)
print(scores.contains { $0.value < 75 }, scores.contains(where: { $0.value > 95 }))
print(scores.first { $0.value > 80 }!.key)
print(scores.allSatisfy { $0.value > 50 })
let a = [5, 6, 1, 7]
print(a.prefix { $0 > 4 }, a.drop { $0 > 4 })
print(a.last { $0 > 4 }!, a.lastIndex { $0 > 4 }!, a.last(where: { $0 < 2 })!)
print(a.max { $0 < $1 }!, a.min { $0 < $1 }!)
print("Name".padding(toLength: 8, withPad: " ", startingAt: 0) + "|", "abcdef".padding(toLength: 3, withPad: ".", startingAt: 0))
print("a-b-c".split(separator: "-", maxSplits: 1))
print("a,,b".split(separator: ",", omittingEmptySubsequences: false))
print("a,,b,c".split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false))
let pair: ((Int) -> Int, Int) = ({ $0 * 2 }, 3)
print(pair.0(4), pair.1)
let rules: [(String, (String) -> Bool)] = [("short", { $0.count < 4 })]
print(rules.filter { !$0.1("abcdef") }.map { $0.0 })
struct Button {
    var title: String
    var onTap: () -> Void
}
let b = Button(title: "OK") { print("tapped") }
b.onTap()
struct Job {
    var name: String
    var retries = 3
    var run: (Int) -> String
}
let j = Job(name: "x") { "try \($0)" }
print(j.run(j.retries))
