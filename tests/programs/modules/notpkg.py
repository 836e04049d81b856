X = "plain module"
