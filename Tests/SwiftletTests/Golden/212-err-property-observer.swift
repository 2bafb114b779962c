var score = 0 {
    didSet { print("score is now", score) }
}
score = 3
// expect-error: 2:5 property observers ('didSet') are not supported in lessons
