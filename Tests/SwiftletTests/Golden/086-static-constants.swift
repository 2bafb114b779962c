struct Physics {
    static let g = 9.81
    static func fall(_ t: Double) -> Double { 0.5 * g * t * t }
}
print(Physics.g, Physics.fall(2))
