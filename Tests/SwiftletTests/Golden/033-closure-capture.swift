func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let c1 = makeCounter()
let c2 = makeCounter()
print(c1(), c1(), c1(), c2())
var total = 0
let addToTotal = { (n: Int) in total += n }
addToTotal(5)
addToTotal(7)
print(total)
