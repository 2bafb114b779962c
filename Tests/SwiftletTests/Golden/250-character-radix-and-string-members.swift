import Foundation
let c = Character("b")
print(c, Int("101", radix: 2)!, String(10, radix: 2), String(255, radix: 16))
let xs = [3, 1, 3, 2]
print(xs.lastIndex(of: 3)!, xs.lastIndex(where: { $0 < 3 })!, xs.prefix(while: { $0 > 2 }), xs.drop(while: { $0 > 2 }))
let line = "a,b,,c"
print(line.components(separatedBy: ","), line.replacingOccurrences(of: ",", with: ";"))
print("hello world".prefix(while: { $0 != " " }), "  pad".drop(while: { $0 == " " }))
