struct Person { var name: String; var pet: Pet? }
struct Pet { var name: String }
let p = Person(name: "Ann", pet: Pet(name: "Rex"))
let q = Person(name: "Bob", pet: nil)
print(p.pet?.name ?? "none", q.pet?.name ?? "none")
print(p.pet?.name.count as Any)
