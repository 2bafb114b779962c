struct Parser {
    let text: String
    func die(_ m: String) -> Never { fatalError(m) }
    func number() -> Int {
        guard let n = Int(text) else { die("bad input") }
        return n
    }
}
print(Parser(text: "42").number())
