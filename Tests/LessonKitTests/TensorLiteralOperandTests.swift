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

    /// Float literals beside the Floats tensors give (`item()`), and `-=` on a tensor held by a
    /// `let` parameter or loop variable (the engine's `-=` updates the tensor, so Swift allows
    /// it). Expected outputs are what the same code prints compiled against the engine.
    func testFloatsFromTensorsAndInPlaceUpdatesThroughLets() {
        let report = LessonRunner().run(Lesson.parse(text: """
        ```swift
        let t1 = tensor([[1.0, 2.0], [3.0, 6.0]])
        let m1 = t1.mean().item()
        print(t1.mean().item() * 1.5, m1 > 2.5, m1 + 0.25)
        func dec(_ t: Tensor) { t -= 1 }
        let w = tensor([1.0, 1.0])
        dec(w)
        print(w)
        class Opt {
            var params: [Tensor]
            init(_ p: [Tensor]) { params = p }
            func step() { for p in params { p -= 1 } }
        }
        Opt([w]).step()
        print(w)
        ```

        ```output
        4.5 true 3.25
        tensor([0., 0.])
        tensor([-1., -1.])
        ```
        """, file: "t.md"))
        XCTAssertEqual(report.failed, 0, "\(report.outcomes)")
        XCTAssertEqual(report.passed, 1)
    }
}
