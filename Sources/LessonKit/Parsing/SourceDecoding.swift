/// Turns a file's bytes into text without ever failing: invalid UTF-8 is replaced with U+FFFD
/// and reported once, at the first bad byte.
enum SourceDecoding {
    struct Decoded {
        let text: String
        /// Line and character column of the first invalid byte, if any.
        let firstInvalid: (line: Int, column: Int)?
    }

    static func decode(_ bytes: [UInt8]) -> Decoded {
        guard let offset = firstInvalidOffset(in: bytes) else {
            return Decoded(text: String(decoding: bytes, as: UTF8.self), firstInvalid: nil)
        }
        var lineStart = 0
        var line = 1
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return Decoded(text: String(decoding: bytes, as: UTF8.self), firstInvalid: (line, column))
    }

    /// Byte offset of the first byte that does not start a valid UTF-8 scalar.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        // The standard library's validator first: scalar-by-scalar parsing below takes tens of
        // seconds on a 50 MB lesson in a debug build, and almost every file is valid.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
