let double: (Int) -> String = { x in x * 2 }
print(double(2))
// expect-error: 1:38 cannot convert value of type 'Int' to closure result type 'String'
