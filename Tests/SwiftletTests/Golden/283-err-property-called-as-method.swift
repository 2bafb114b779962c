let a = [1, 2, 3]
print(a.count())
// expect-error: 2:7 cannot call value of non-function type 'Int'
