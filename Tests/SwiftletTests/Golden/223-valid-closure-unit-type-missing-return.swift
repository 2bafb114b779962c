let f: () -> () = {
    print("a")
    print("b")
}
f()
