raise "oops"
