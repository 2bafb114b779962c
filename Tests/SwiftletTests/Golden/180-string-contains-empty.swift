print("abc".contains(""))
