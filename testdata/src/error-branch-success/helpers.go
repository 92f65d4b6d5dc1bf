package errorbranchsuccess

import (
	"database/sql"
	"net/http"

	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux, db *sql.DB) {
	mux.HandleFunc("GET /helper/reports", func(w http.ResponseWriter, r *http.Request) {
		rows, err := db.QueryContext(r.Context(), "SELECT id FROM reports")
		if err != nil {
			respond.JSON(w, http.StatusOK, []string{}) // want `error-branch-success: 200 OK answers a server failure \(the error comes from sql\.DB\.QueryContext\) in GET /helper/reports`
			return
		}
		defer rows.Close()
		respond.JSON(w, http.StatusOK, []string{"r1"})
	})

	// --- negatives ---
	// The false branch of a bool helper that answered the error is the
	// success path: its 200 is no error's answer.
	mux.HandleFunc("GET /helper/reports/handled", func(w http.ResponseWriter, r *http.Request) {
		rows, err := db.QueryContext(r.Context(), "SELECT id FROM reports")
		if respond.HandleError(w, err, http.StatusInternalServerError) {
			return
		}
		defer rows.Close()
		respond.JSON(w, http.StatusOK, []string{"r1"})
	})
	mux.HandleFunc("GET /helper/reports/ok", func(w http.ResponseWriter, r *http.Request) {
		rows, err := db.QueryContext(r.Context(), "SELECT id FROM reports")
		if err != nil {
			respond.Failure(w, err) // picks a failure status itself
			return
		}
		defer rows.Close()
		respond.JSON(w, http.StatusOK, []string{"r1"})
	})
}
