import Foundation
@testable import LessonKit

/// A small key with two exercises: one with an expected output, a visible and a hidden check
/// and two hints; one with a region without placeholder. Outputs were recorded with
/// `lesson update --add`.
enum ExerciseFixture {
    static let key = """
    ---
    title: Exercise fixture
    ---

    Some prose.

    ```swift
    let X = tensor([[1, 2], [3, 4]])
    ```

    ### Exercise: doubling

    Write `double` so that it returns twice its input.

    ```swift exercise=double
    func double(_ t: Tensor) -> Tensor {
        // BEGIN SOLUTION
        return t * 2
        // PLACEHOLDER
        // return t
        // END SOLUTION
    }
    double(X)
    ```

    ```output
    tensor([[2., 4.],
            [6., 8.]])
    ```

    ```swift exercise=double check
    expect(double(ones(3)).allClose(ones(3) * 2), "double(ones(3)) should be all twos")
    ```

    ```swift exercise=double check hidden
    expect(double(tensor([-1])).item() == -2, "negative numbers double too: SECRET_HIDDEN_CHECK")
    ```

    ```hint exercise=double
    Multiply by two.
    ```

    ```hint exercise=double
    `t * 2` is a tensor too.
    ```

    ### Exercise: the answer

    ```swift exercise=answer
    // BEGIN SOLUTION
    let answer = 6 * 7 // SECRET_SOLUTION_TEXT
    // END SOLUTION
    ```

    ```swift exercise=answer check
    expect(answer == 42, "the answer is 42")
    ```

    ```hint exercise=answer
    Six times seven.
    ```

    Closing prose.

    """

    /// Writes `text` into a fresh folder as `name`; returns the file's path.
    static func write(_ text: String, name: String = "lesson.md", in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func temporaryFolder(_ tag: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(tag)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The student copy with the placeholder `return t` replaced by `answer`.
    static func studentAnswer(_ body: String, answer: String = "let answer = 42") throws -> String {
        let copy = try StudentCopy.make(from: Lesson.parse(text: key, file: "key.md"))
        return copy.replacingOccurrences(of: "    return t\n", with: "    \(body)\n")
            .replacingOccurrences(of: "// YOUR CODE HERE\n", with: answer + "\n")
    }
}
