struct Account {
    let owner: String
    var balance: Int
    var history: [Int] = []
    init(owner: String) {
        self.owner = owner
        balance = 0
    }
    mutating func deposit(_ n: Int) {
        balance += n
        history.append(n)
        self.balance += 0
    }
    mutating func reset() { self = Account(owner: owner) }
    var doubled: Int {
        get { balance * 2 }
        set { balance = newValue / 2 }
    }
}
final class Node {
    let child: Node?
    var value = 0
    init(child: Node?) { self.child = child }
    func bumpChild() { child?.value += 1 }
    func bump() { value += 1; self.value += 1 }
}
var a = Account(owner: "Ann")
a.deposit(5)
a.deposit(7)
print(a.balance, a.history)
a.doubled = 40
print(a.balance, a.doubled)
a.reset()
print(a.owner, a.balance, a.history)
let leaf = Node(child: nil)
let root = Node(child: leaf)
root.bumpChild()
root.bump()
print(leaf.value, root.value)
