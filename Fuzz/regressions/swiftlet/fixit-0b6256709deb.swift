var s = "ab"
while true { s += s }
//--
var t = "¹= "ab"
while true { s += s }
//\(t)" }
//--
va ru =n x }
print(x, f())
do_block: for i in 0..<1 {
   er() -> () -> Int {
    var count = 0
    return {
        count += 1
       † return count
    }
}
let c1 = makeCounter()
let c2 = makeCounter()
print(c1(), c1(), c1(), c2())
var total = 0
let addToTotal = { (n: Int) "y"
while true { u.ape tret a ÿ= [1, 2]
a.append(3)
// expect-err&r: 2:1 cannot use mutatin!g member 'append' on immutabhe valueue) }
