package notfoundstatus

import (
	"database/sql"
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
	"statuslint.test/src/helpers/api"
	"statuslint.test/src/helpers/echox"
	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux, e *echo.Echo, db *sql.DB) {
	mux.HandleFunc("GET /helper/books/{id}", func(w http.ResponseWriter, r *http.Request) {
		var title string
		err := db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&title)
		if errors.Is(err, sql.ErrNoRows) {
			respond.Error(w, http.StatusInternalServerError, "no book") // want `not-found-status: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET /helper/books/\{id\}`
			return
		}
		respond.JSON(w, http.StatusOK, title)
	})
	e.GET("/helper/echo/:id", func(c echo.Context) error {
		var title string
		err := db.QueryRow("SELECT title FROM books WHERE id = ?", c.Param("id")).Scan(&title)
		if errors.Is(err, sql.ErrNoRows) {
			return echox.HTTPError(http.StatusBadRequest, "no book") // want `not-found-status: 400 Bad Request answers a not-found error \(sql\.ErrNoRows\) in GET /helper/echo/:id`
		}
		return c.JSON(http.StatusOK, title)
	})

	// --- negatives ---
	mux.HandleFunc("GET /helper/ok/{id}", func(w http.ResponseWriter, r *http.Request) {
		var title string
		err := db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&title)
		if errors.Is(err, sql.ErrNoRows) {
			respond.NotFound(w)
			return
		}
		respond.JSON(w, http.StatusOK, title)
	})
}

// Handlers of another package, checked at the registration with the
// route's methods: their own package does not know them.
func remoteRoutes(mux *http.ServeMux, h *api.Handler) {
	mux.HandleFunc("GET /helper/widgets/{id}", h.GetWidget)                       // want `not-found-status: api\.Handler\.GetWidget: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET /helper/widgets/\{id\}, registered here; the resource is not there, which is 404 Not Found, use 404 Not Found`
	mux.Handle("GET /helper/widgets/{id}/wrapped", http.HandlerFunc(h.GetWidget)) // want `not-found-status: api\.Handler\.GetWidget: 500 .* in GET /helper/widgets/\{id\}/wrapped, registered here`

	// --- negatives ---
	mux.HandleFunc("POST /helper/login", h.Login)               // a POST: the missing account was named in the body, not the URL
	mux.HandleFunc("GET /helper/guarded/{id}", h.GuardedWidget) // its own method guard decides: its own package reports it
}
