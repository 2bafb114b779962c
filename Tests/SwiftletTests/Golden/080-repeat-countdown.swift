var n = 3
repeat {
    print(n)
    n -= 1
} while n > 0
print("liftoff")
