// the test class a process map row names
