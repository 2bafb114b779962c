struct S: CustomStringConvertible, CustomDebugStringConvertible {
    var description: String { "desc" }
    var debugDescription: String { "debug" }
}
print([S()])
debugPrint(S())
