func average(_ a: [Int]) -> Double {
    var total = 0
    for v in a { total += v }
    return total / a.count
}
print(average([1, 2]))
// expect-error: 4:12 cannot convert return expression of type 'Int' to return type 'Double'
