let a = 17, b = 5
print(a + b, a - b, a * b, a / b, a % b)
print(-a / b, -a % b)
print(a & b, a | b, a ^ b, a << 2, a >> 1)
print(Int.max, Int.min)
