let nums = [4, 1, 3]
let sorted = nums.sorted { $0 > $1 }
print(sorted)
let names = ["b", "a"].map { $0.uppercased() }
print(names)
func run(times: Int, body: (Int) -> Void) { for i in 0..<times { body(i) } }
run(times: 3) { i in print("step", i) }
print(nums.filter { $0 > 1 }.map { $0 * 10 })
