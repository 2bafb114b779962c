let stock = ["apple": 3]
func count(of item: String, assumeOne: Bool) -> Int {
    if let n = assumeOne ? 1 : stock[item] {
        return n
    }
    return 0
}
print(count(of: "apple", assumeOne: false), count(of: "kiwi", assumeOne: false), count(of: "kiwi", assumeOne: true))
