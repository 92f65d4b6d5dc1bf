package classify

import (
	"testing"

	"github.com/statuslint/statuslint/internal/model"
)

// The model prints error-class facts with its own copy of the class names.
func TestClassNamesMatchModel(t *testing.T) {
	for c := None; c <= Server; c++ {
		if got := model.ErrorClassName(uint8(c)); got != c.String() {
			t.Errorf("model.ErrorClassName(%d) = %q, want %q", c, got, c.String())
		}
	}
}
