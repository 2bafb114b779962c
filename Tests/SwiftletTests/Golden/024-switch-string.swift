let words = ["apple", "kiwi", "other"]
for w in words {
    switch w {
    case "apple": print("red")
    case "kiwi", "lime": print("green")
    default: print("unknown")
    }
}
