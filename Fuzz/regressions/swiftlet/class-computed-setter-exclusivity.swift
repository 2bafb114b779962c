class Celsius {
    var degrees: Double = 0
    var kelvin: Double {
        get { degrees + 273.15 }
        set { degrees = newValue - 273.15 }
    }
}
let c = Celsius()
c.kelvin = 300
print(c.degrees, c.kelvin)
