var a = [1]
a.append("s")
// expect-error: 2:10 cannot convert value of type 'String' to expected argument type 'Int'
