var calls = 0
func tick() -> Int { calls += 1; return calls }
_ = tick()
_ = tick()
print(tick(), calls)
