package conflictstatus

import (
	"database/sql"
	"errors"
	"net/http"

	"github.com/jackc/pgx/v5/pgconn"
	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux, db *sql.DB) {
	mux.HandleFunc("POST /helper/accounts", func(w http.ResponseWriter, r *http.Request) {
		_, err := db.Exec("INSERT INTO accounts (name) VALUES (?)", r.FormValue("name"))
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" {
			respond.Error(w, http.StatusBadRequest, "taken") // want `conflict-status: 400 Bad Request answers a duplicate \(PostgreSQL error 23505 \(unique_violation\)\) in POST /helper/accounts`
			return
		}
		respond.JSON(w, http.StatusCreated, nil)
	})

	// --- negatives ---
	mux.HandleFunc("POST /helper/accounts/ok", func(w http.ResponseWriter, r *http.Request) {
		_, err := db.Exec("INSERT INTO accounts (name) VALUES (?)", r.FormValue("name"))
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" {
			respond.Error(w, http.StatusConflict, "taken")
			return
		}
		respond.JSON(w, http.StatusCreated, nil)
	})
}
