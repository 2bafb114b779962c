struct Temperature {
    static let freezing = 0.0
    static var created = 0
    var celsius: Double
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
    static func make(_ c: Double) -> Temperature {
        created += 1
        return Temperature(celsius: c)
    }
}
var t = Temperature.make(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, Temperature.freezing, Temperature.created)
