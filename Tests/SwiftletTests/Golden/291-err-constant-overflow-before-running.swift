print("start")
let a = Int.max + 1
// expect-error: 2:17 arithmetic operation '9223372036854775807 + 1' (on type 'Int') results in an overflow
