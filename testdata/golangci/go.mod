module golangci.test

go 1.26.0
