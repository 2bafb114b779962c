import XCTest
@testable import LessonKit

/// A tensor combined with a number literal is a tensor: the lowerer must not give `x * 2` the
/// literal's type, which once rejected `(x * 2) + 0.5` and `let z = x * 2.0; z[0] = 7`.
/// Expected outputs are what PyTorch prints for the same statements.
final class TensorLiteralOperandTests: XCTestCase {
    func testArithmeticWithLiteralsKeepsTensors() {
        let report = LessonRunner().run(Lesson.parse(text: """
        ```swift
        let x = tensor([1.0, 2.0])
        let y = x * 2
        print(y + 0.5)
        print(x * 2 + 1)
        let z = x * 2.0
        z[0] = 7.0
        print(z, x + 1 + 1, 1 + x + 1)
        var w = x * 2.0
        w += 1.0
        print(w)
        ```

        ```output
        tensor([2.5000, 4.5000])
        tensor([3., 5.])
        tensor([7., 4.]) tensor([3., 4.]) tensor([3., 4.])
        tensor([3., 5.])
        ```
        """, file: "t.md"))
        XCTAssertEqual(report.failed, 0, "\(report.outcomes)")
        XCTAssertEqual(report.passed, 1)
    }
}
