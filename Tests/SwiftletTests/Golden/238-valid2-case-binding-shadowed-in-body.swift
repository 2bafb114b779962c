let p = (3, 0)
switch p {
case (let a, 0):
    let a = a * 2
    print(a)
default:
    break
}
