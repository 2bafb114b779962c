let bmi = 22.5
switch bmi {
case 0.0..<18.5: print("under")
case 18.5..<25.0: print("normal")
default: print("over")
}
