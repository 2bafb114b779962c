func grade(_ score: Int) -> String {
    if score >= 90 { return "A" }
    else if score >= 80 { return "B" }
}
print(grade(95))
// expect-error: 4:1 missing return in global function expected to return 'String'
