package invalidstatus

import (
	"net/http"

	"statuslint.test/src/helpers/respond"
)

func helperBad(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, 2000, nil) // want `invalid-status: 2000 is not an HTTP status code`
}

// --- negatives ---

func helperGood(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, 299, nil) // unassigned but valid
}
