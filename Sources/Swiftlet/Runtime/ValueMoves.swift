/// Moving a payload out of a `Value` to change it in place.
///
/// Test the case with `if`, never `switch`: a `switch v` (with or without `case .array(var a)`)
/// keeps its own copy of `v` until it ends, so the buffer stays shared and the first write copies
/// all of it, which made every `append` in a loop cost the array's length. These move the
/// payload out and leave `.void` behind, so the buffer is referenced once; the caller puts it back.
extension Value {
    mutating func takeArray() -> [Value]? {
        guard case .array(let a) = self else { return nil }
        self = .void
        return a
    }

    mutating func takeDictionary() -> OrderedDict? {
        guard case .dictionary(let d) = self else { return nil }
        self = .void
        return d
    }

    mutating func takeString() -> String? {
        guard case .string(let s) = self else { return nil }
        self = .void
        return s
    }

    mutating func takeStruct() -> StructValue? {
        guard case .structValue(let s) = self else { return nil }
        self = .void
        return s
    }

    mutating func takeTuple() -> TupleValue? {
        guard case .tuple(let t) = self else { return nil }
        self = .void
        return t
    }

    /// The wrapped value of a non-nil optional, moved out; nil (and `self` unchanged) otherwise.
    mutating func takeWrapped() -> Value? {
        guard case .optional(let w?) = self else { return nil }
        self = .void
        return w
    }

    var isOptional: Bool { if case .optional = self { return true }; return false }
}
