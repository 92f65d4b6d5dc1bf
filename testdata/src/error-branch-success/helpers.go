package errorbranchsuccess

import (
	"database/sql"
	"net/http"

	"statuslint.test/src/helpers/dbsvc"
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

	// The store is reached through another package's variable holding the
	// *gorm.DB (dbglobal.DB): dbsvc imports no gorm, its errors are gorm's.
	mux.HandleFunc("POST /helper/tags", func(w http.ResponseWriter, r *http.Request) {
		if err := dbsvc.CreateTag(r.Context(), dbsvc.Tag{Name: r.FormValue("name")}); err != nil {
			respond.JSON(w, http.StatusOK, map[string]string{"error": "could not save"}) // want `error-branch-success: 200 OK answers a server failure \(the error comes from dbsvc\.CreateTag, which fails only with gorm\.DB\.Create\) in POST /helper/tags`
			return
		}
		respond.JSON(w, http.StatusCreated, map[string]string{"ok": "saved"})
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
