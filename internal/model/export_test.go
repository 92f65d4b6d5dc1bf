package model

// PanicOn makes the builder panic when it summarises the function named
// name: a test's way to see a panic while building the model recovered.
func (o *Options) PanicOn(name string) { o.panicOn = name }
