struct Account {
    var owner: String
    var balance: Int
    init(owner: String) { self.owner = owner }
}
print(Account(owner: "Ann").balance)
// expect-error: 4:46 return from initializer without initializing all stored properties ('self.balance' not initialized)
