print(2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3, 2 * 3 % 4)
print(1 + 2 == 3 && 4 > 2 || false)
print(-2 * 3, 7 / 2 * 2)
let x = 5
print(x > 3 ? "big" : "small")
print(1 << 3 + 1)
