let poem = """
    Roses are red,
      violets are blue.
    \(3) lines
    """
print(poem)
