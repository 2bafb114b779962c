struct Op { var name: String; var f: (Int) -> Int }
let ops = [Op(name: "inc", f: { $0 + 1 }), Op(name: "neg", f: { -$0 })]
for op in ops { print(op.name, op.f(5)) }
