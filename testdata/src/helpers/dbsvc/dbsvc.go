// Package dbsvc reaches the store only through dbglobal.DB: it imports no
// gorm, and its errors still carry gorm's classes.
package dbsvc

import (
	"context"

	"statuslint.test/src/helpers/dbglobal"
)

type Tag struct{ Name string }

// CreateTag fails only with gorm's Create.
func CreateTag(ctx context.Context, t Tag) (err error) { // want CreateTag:`errorClass\(server gorm\.DB\.Create\)`
	err = dbglobal.DB.WithContext(ctx).Create(&t).Error
	return err
}
