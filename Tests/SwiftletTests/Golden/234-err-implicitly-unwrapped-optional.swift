class Screen {
    var title: String!
    init() { title = "Home" }
    func header() -> String { return title }
}
func shout(_ s: String) -> String { s.uppercased() }
let sc = Screen()
let t: String = sc.title
print(t, sc.header(), shout(sc.title))
// expect-error: 2:16 implicitly unwrapped optionals ('String!') are not supported in lessons; use 'String?' and unwrap it
