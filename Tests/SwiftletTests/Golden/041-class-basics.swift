class Account {
    var balance: Int
    let owner: String
    init(owner: String, balance: Int = 0) {
        self.owner = owner
        self.balance = balance
    }
    func deposit(_ amount: Int) { balance += amount }
}
let a = Account(owner: "Ann")
let b = a
b.deposit(50)
print(a.balance, b.balance, a.owner)
print(a === b)
