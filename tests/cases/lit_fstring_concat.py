x = (f"a{b:02d}"
     f"c{d:06d}")
