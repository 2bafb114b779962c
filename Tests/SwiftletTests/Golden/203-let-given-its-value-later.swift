let label: String
let n = 3
if n > 2 { label = "big" } else { label = "small" }
print(label)
func grade(_ score: Int) -> String {
    let letter: String
    switch score {
    case 90...: letter = "A"
    case 80..<90: letter = "B"
    default: letter = "C"
    }
    return letter
}
print(grade(95), grade(85), grade(10))
