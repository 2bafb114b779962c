let bmi = 22.5
switch bmi {
case ..<18.5: print("under")
case 18.5..<25.0: print("normal")
case 25.0..<30.0: print("over")
default: print("obese")
}
