/// The shapes of the `tensor(...)` values printed in a text, read from their brackets:
/// `tensor([[1., 2.], [3., 4.]])` has shape [2, 2]. Used to explain a mismatch.
enum TensorShape {
    static func shapes(in text: String) -> [[Int]] {
        let scalars = Array(text.unicodeScalars)
        let marker = Array("tensor(".unicodeScalars)
        var shapes: [[Int]] = []
        var index = 0
        while index + marker.count <= scalars.count {
            if Array(scalars[index..<index + marker.count]) == marker {
                var cursor = index + marker.count
                shapes.append(shape(scalars, &cursor))
                index = cursor
            } else {
                index += 1
            }
        }
        return shapes
    }

    /// Reads one value (a nested list or a scalar) and returns its shape.
    private static func shape(_ scalars: [Unicode.Scalar], _ index: inout Int) -> [Int] {
        skipSpaces(scalars, &index)
        guard index < scalars.count, scalars[index] == "[" else {
            while index < scalars.count, !",])".unicodeScalars.contains(scalars[index]) { index += 1 }
            return []
        }
        index += 1
        var count = 0
        var inner: [Int] = []
        while index < scalars.count {
            skipSpaces(scalars, &index)
            if index < scalars.count, scalars[index] == "]" { index += 1; break }
            let elementShape = shape(scalars, &index)
            if count == 0 { inner = elementShape }
            count += 1
            skipSpaces(scalars, &index)
            if index < scalars.count, scalars[index] == "," { index += 1 }
            else if index < scalars.count, scalars[index] != "]" { index += 1 }
        }
        return [count] + inner
    }

    private static func skipSpaces(_ scalars: [Unicode.Scalar], _ index: inout Int) {
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\n" || scalars[index] == "\t" { index += 1 }
    }
}
