let x = 1
func f() -> Int { let x = 2; return x }
print(x, f())
do_block: for i in 0..<1 {
    let x = i + 10
    print(x)
}
if true { let x = "inner"; print(x) }
print(x)
