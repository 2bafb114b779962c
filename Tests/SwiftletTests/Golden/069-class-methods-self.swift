class Matrix {
    var rows: Int, cols: Int
    var data: [Double]
    init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
        data = Array(repeating: 0.0, count: rows * cols)
    }
    func get(_ i: Int, _ j: Int) -> Double { data[i * cols + j] }
    func set(_ i: Int, _ j: Int, _ v: Double) { data[i * cols + j] = v }
    func sum() -> Double { data.reduce(0, +) }
}
let m = Matrix(rows: 2, cols: 2)
m.set(0, 1, 3.5)
m.set(1, 1, 1)
print(m.get(0, 1), m.sum(), m.data)
