import Foundation
import LessonSite

/// Sample lessons in the shape the runner produces, covering every block kind and badge.
enum DemoLessons {
    static let input: [[Float]] = [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    static let kernel: [[Float]] = [[0, 1], [2, 3]]
    static let output: [[Float]] = [[19, 25], [37, 43]]

    static var all: [SiteLesson] { [crossCorrelation, edges, featureMaps, chineseCrossCorrelation, chineseEdges] }

    static let crossCorrelation = SiteLesson(
        slug: "5.1.1-cross-correlation", title: "2-D cross-correlation", section: "5.1.1", lang: "en",
        status: .passed,
        blocks: [
            .prose(html: """
            <p>A convolutional layer looks at the image through a small window of weights and slides that same
            window over every position. Take a 2-D input <span class="math inline">\\(X\\)</span> of shape
            <span class="math inline">\\(n_h \\times n_w\\)</span> and a kernel <span class="math inline">\\(K\\)</span>
            of shape <span class="math inline">\\(k_h \\times k_w\\)</span>. The output element at row
            <span class="math inline">\\(i\\)</span> and column <span class="math inline">\\(j\\)</span> is</p>
            <p><span class="math display">\\[Y_{i,j} = \\sum_{a=0}^{k_h-1} \\sum_{b=0}^{k_w-1} X_{i+a,\\,j+b} \\, K_{a,b}.\\]</span></p>
            """),
            .code(source: """
            let X = tensor([[0, 1, 2], [3, 4, 5], [6, 7, 8]])
            let K = tensor([[0, 1], [2, 3]])
            X
            """, output: SiteOutput(text: """
            tensor([[0., 1., 2.],
                    [3., 4., 5.],
                    [6., 7., 8.]])
            """, badge: .passed)),
            .prose(html: "<p>The shaded window of the input, times the kernel, gives the first output element:</p>"),
            .code(source: "correlationFigure(X, K, window: (0, 0))",
                  output: SiteOutput(text: correlation.summary, badge: .passed, figures: [correlation])),
            .code(source: """
            /// Cross-correlation by two loops over the window positions.
            func corr2d(_ X: Tensor, _ K: Tensor) -> Tensor {
                let h = K.shape[0], w = K.shape[1]
                let Y = zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
                for i in 0..<Y.shape[0] {
                    for j in 0..<Y.shape[1] {
                        Y[i, j] = (X[i..<i + h, j..<j + w] * K).sum()  // one window
                    }
                }
                return Y
            }
            print("predicted output shape: \\(3 - 2 + 1) x \\(3 - 2 + 1)")
            corr2d(X, K)
            """, output: SiteOutput(text: "predicted output shape: 2 x 2\ntensor([[19., 25.],\n        [37., 43.]])", badge: .passed)),
            .prose(html: """
            <h2>Four windows, four sums</h2>
            <p>The window fits in two positions across and two down, so <code>corr2d</code> computes four sums:</p>
            <p><span class="math display">\\[\\begin{aligned}
            0 \\times 0 + 1 \\times 1 + 3 \\times 2 + 4 \\times 3 &amp;= 19, \\\\
            1 \\times 0 + 2 \\times 1 + 4 \\times 2 + 5 \\times 3 &amp;= 25, \\\\
            3 \\times 0 + 4 \\times 1 + 6 \\times 2 + 7 \\times 3 &amp;= 37, \\\\
            4 \\times 0 + 5 \\times 1 + 7 \\times 2 + 8 \\times 3 &amp;= 43.
            \\end{aligned}\\]</span></p>
            <ul><li>every output element uses the <em>same</em> four weights;</li>
            <li>a <span class="math inline">\\(k_h \\times k_w\\)</span> kernel leaves
            <span class="math inline">\\((n_h - k_h + 1)(n_w - k_w + 1)\\)</span> outputs.</li></ul>
            <p>An output that no longer matches its recording is flagged, with the difference:</p>
            """),
            .code(source: "corr2d(X, K).sum()",
                  output: SiteOutput(text: "tensor(125.)", badge: .failed(diff: "-tensor(124.)\n+tensor(125.)"))),
            .code(source: "let bad: Int = \"three\"",
                  output: SiteOutput(text: "error: cannot convert value of type 'String' to specified type 'Int'", badge: .expectedError)),
            .prose(html: "<p>The same computation in PyTorch, for comparison (not run):</p>"),
            .otherFence(info: "python", text: "def corr2d(X, K):\n    h, w = K.shape\n    return torch.stack([...])  # <omitted> & so on"),
            .code(source: "print(\"<script>alert('x')</script> & \\\"quotes\\\"\")",
                  output: SiteOutput(text: "<script>alert('x')</script> & \"quotes\"", badge: .notChecked)),
        ])

    static let correlation = Figure.correlationFigure(input: input, kernel: kernel, output: output, window: (0, 0))

    static let edges = SiteLesson(
        slug: "5.1.3-edge-detection", title: "Object edge detection in images", section: "5.1.3", lang: "en",
        status: .failed,
        blocks: [
            .prose(html: "<p>A <span class=\"math inline\">\\(6 \\times 8\\)</span> image, black in the middle and white at the sides, and its edge map after the kernel <span class=\"math inline\">\\([1, -1]\\)</span>:</p>"),
            .code(source: "heatmap(X)\nheatmap(corr2d(X, K))", output: SiteOutput(
                text: "\(image.summary)\n\(edgeMap.summary)", badge: .passed, figures: [image, edgeMap])),
            .prose(html: "<p>Learning the kernel back from the edge map: the squared loss falls quickly.</p>"),
            .code(source: "plot(losses, label: \"loss\")", output: SiteOutput(text: loss.summary, badge: .passed, figures: [loss])),
            .code(source: "losses.last!", output: SiteOutput(text: "0.0113", badge: .failed(diff: "-0.0112\n+0.0113"))),
        ])

    static let image: Figure = .heatmap((0..<6).map { _ in (0..<8).map { $0 >= 2 && $0 < 6 ? 0 : 1 } })
    static let edgeMap: Figure = .heatmap((0..<6).map { _ in [0, 1, 0, 0, 0, -1, 0] })
    static let loss: Figure = .plot((0..<20).map { 30 * Float(exp(-0.35 * Double($0))) + 0.01 }, label: "loss")

    static let featureMaps = SiteLesson(
        slug: "5.1.6-feature-maps", title: "Feature maps and receptive fields", section: "5.1.6", lang: "en",
        status: .notChecked,
        blocks: [
            .prose(html: "<p>The receptive field of <span class=\"math inline\">\\(Y_{1,0}\\)</span> is one window of the input:</p>"),
            .code(source: "receptiveField(Y1.grad! .!= 0, values: X1)", output: SiteOutput(
                text: field.summary, badge: .notChecked, figures: [field])),
            .prose(html: "<p>The gradient counts the paths from each input to <span class=\"math inline\">\\(z\\)</span>, here divided by three:</p>"),
            .code(source: "heatmap(Xg.grad! / 3)", output: SiteOutput(text: gradient.summary, badge: .passed, figures: [gradient])),
            .prose(html: "<p>A non-square case: a <span class=\"math inline\">\\(6 \\times 8\\)</span> input and a <span class=\"math inline\">\\(3 \\times 2\\)</span> kernel, window at row 1, column 2:</p>"),
            .code(source: "correlationFigure(A, B, window: (1, 2))", output: SiteOutput(text: wideCorrelation.summary, badge: .passed, figures: [wideCorrelation])),
            .prose(html: "<p>A larger random feature map:</p>"),
            .code(source: "heatmap(randn(24, 32))", output: SiteOutput(text: noise.summary, badge: .notChecked, figures: [noise])),
        ])

    static let gradient: Figure = .heatmap([[1, 2, 1], [2, 4, 2], [1, 2, 1]].map { $0.map { Float($0) / 3 - 0.001 } })
    static let wideInput: [[Float]] = (0..<6).map { r in (0..<8).map { c in Float((r * 8 + c) % 7) - 3 } }
    static let wideKernel: [[Float]] = [[0.5, -1], [1, 0.25], [-0.5, 2]]
    static var wideCorrelation: Figure {
        let output: [[Float]] = (0..<4).map { i in (0..<7).map { j in
            var sum: Float = 0
            for a in 0..<3 { for b in 0..<2 { sum += wideInput[i + a][j + b] * wideKernel[a][b] } }
            return sum
        } }
        return .correlationFigure(input: wideInput, kernel: wideKernel, output: output, window: (1, 2))
    }
    static let field = Figure.receptiveField(mask: [[0, 0, 0], [1, 1, 0], [1, 1, 0]], values: input)
    static let noise: Figure = .heatmap((0..<24).map { r in (0..<32).map { c in Float(sin(Double(r) * 0.4) * cos(Double(c) * 0.3)) } })

    static let chineseCrossCorrelation = SiteLesson(
        slug: "zh/5.1.1-cross-correlation", title: "二维互相关运算", section: "5.1.1", lang: "zh",
        status: .passed,
        blocks: [
            .prose(html: """
            <p>卷积层虽然以卷积命名，实际计算的却是与之非常接近的<em>互相关</em>运算。设二维输入 <span class="math inline">\\(X\\)</span> 的形状为 <span class="math inline">\\(n_h \\times n_w\\)</span>，二维<em>核</em> <span class="math inline">\\(K\\)</span> 的形状为 <span class="math inline">\\(k_h \\times k_w\\)</span>。把核放在输入的左上角，将重叠的元素两两相乘再相加，就得到第一个输出元素。</p>
            <p><span class="math display">\\[Y_{i,j} = \\sum_{a=0}^{k_h-1} \\sum_{b=0}^{k_w-1} X_{i+a,\\,j+b} \\, K_{a,b}.\\]</span></p>
            """),
            .code(source: "let X = tensor([[0, 1, 2], [3, 4, 5], [6, 7, 8]])\nlet K = tensor([[0, 1], [2, 3]])\ncorrelationFigure(X, K, window: (0, 0))",
                  output: SiteOutput(text: correlation.summary, badge: .passed, figures: [correlation])),
        ])

    static let chineseEdges = SiteLesson(
        slug: "zh/5.1.3-edge-detection", title: "图像中目标的边缘检测", section: "5.1.3", lang: "zh",
        status: .failed,
        blocks: [
            .prose(html: "<p>输出中的 1 表示从白色到黑色的边缘，-1 表示从黑色到白色的边缘。</p>"),
            .code(source: "heatmap(corr2d(X, K))", output: SiteOutput(text: edgeMap.summary, badge: .failed(diff: "-[heatmap 6x7, min -1, max 0]\n+[heatmap 6x7, min -1, max 1]"), figures: [edgeMap])),
        ])
}
