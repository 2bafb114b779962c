let score = 40
if score > 50 {
  print("Passed with " + score)
} else {
  print("Failed")
}
// expect-error: 3:24 binary operator '+' cannot be applied to operands of type 'String' and 'Int'
