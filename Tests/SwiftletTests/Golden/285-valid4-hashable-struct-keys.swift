struct Cell: Hashable { var row: Int; var col: Int }
print("before")
var visits: [Cell: Int] = [:]
visits[Cell(row: 0, col: 1)] = 1
visits[Cell(row: 0, col: 1), default: 0] += 2
visits[Cell(row: 2, col: 0)] = 5
print(visits.count, visits[Cell(row: 0, col: 1)]!, visits[Cell(row: 9, col: 9)] as Any)
let names = [Cell(row: 1, col: 1): "centre"]
print(names[Cell(row: 1, col: 1)]!)
print(Cell(row: 1, col: 2) == Cell(row: 1, col: 2))
