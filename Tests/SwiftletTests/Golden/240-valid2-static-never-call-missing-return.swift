struct Parser {
    let text: String
    static func crash() -> Never { fatalError("x") }
    func number2() -> Int {
        if let n = Int(text) { return n }
        Parser.crash()
    }
}
print(Parser(text: "7").number2())
