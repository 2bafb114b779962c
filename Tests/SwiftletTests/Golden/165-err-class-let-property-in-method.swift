class Player {
    let name = "Ann"
    func rename() { name = "Bob" }
}
let p = Player()
p.rename()
print(p.name)
// expect-error: 3:21 cannot assign to property: 'name' is a 'let' constant
