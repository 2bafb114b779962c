var log: [String] = []
func record(_ s: String) { log.append(s) }
let actions = [1, 2, 3].map { n in { record("a\(n)") } }
for a in actions { a() }
print(log)
