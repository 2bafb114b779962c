struct D: CustomStringConvertible, CustomDebugStringConvertible {
    var description: String { "d" }
    var debugDescription: String { "dbg" }
}
print(D(), [D()])
