struct Rates {
    static var rate: Double = 5
    static var history: [Double] = []
    static func halve() { rate = 4 }
}
Rates.rate = 3
Rates.history = [1, 2]
print(Rates.rate / 2, Rates.history)
Rates.halve()
print(Rates.rate)
