module statuslint.test

go 1.26
