// Package dbglobal holds the application's store handle in a variable, as
// many services do (global.DB).
package dbglobal

import "gorm.io/gorm"

// DB is set at startup.
var DB *gorm.DB
