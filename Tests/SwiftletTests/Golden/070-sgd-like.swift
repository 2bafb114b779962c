struct Param { var value: Double; var grad: Double = 0 }
var params = [Param(value: 1.0), Param(value: -2.0)]
for step in 0..<3 {
    for i in params.indices { params[i].grad = 2 * params[i].value }
    for i in params.indices { params[i].value -= 0.1 * params[i].grad }
    print(step, params.map { $0.value })
}
