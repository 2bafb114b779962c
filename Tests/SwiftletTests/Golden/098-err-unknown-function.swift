func relu(_ x: Double) -> Double { max(0, x) }
print(rellu(1.0))
// expect-error: 2:7 cannot find 'rellu' in scope
