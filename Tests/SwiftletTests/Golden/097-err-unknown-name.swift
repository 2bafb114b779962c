let corr2d = 1
print(corr2D)
// expect-error: 2:7 did you mean 'corr2d'
