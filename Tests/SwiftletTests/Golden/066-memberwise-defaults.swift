struct Config {
    var rate = 0.1
    var steps = 10
    var name: String
}
let c = Config(name: "a")
let d = Config(rate: 0.5, name: "b")
let e = Config(rate: 1, steps: 3, name: "c")
print(c, d, e)
