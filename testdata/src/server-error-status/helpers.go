package servererrorstatus

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"statuslint.test/src/helpers/echox"
	"statuslint.test/src/helpers/ginx"
	"statuslint.test/src/helpers/respond"
	"statuslint.test/src/helpers/store"
)

func helperRoutes(mux *http.ServeMux, r *gin.Engine, e *echo.Echo, db *sql.DB) {
	mux.HandleFunc("GET /helper/tags", func(w http.ResponseWriter, r *http.Request) {
		rows, err := db.Query("SELECT name FROM tags")
		if err != nil {
			respond.Error(w, http.StatusBadRequest, "cannot list") // want `server-error-status: 400 Bad Request answers a server failure \(the error comes from sql\.DB\.Query\) in GET /helper/tags`
			return
		}
		defer rows.Close()
		respond.JSON(w, http.StatusOK, []string{})
	})
	mux.HandleFunc("POST /helper/tags/handled", func(w http.ResponseWriter, r *http.Request) {
		_, err := db.Exec("DELETE FROM tags")
		if respond.HandleError(w, err, http.StatusForbidden) { // want `server-error-status: 403 Forbidden answers a server failure \(the error comes from sql\.DB\.Exec\) in POST /helper/tags/handled`
			return
		}
		respond.Status(w, http.StatusNoContent)
	})
	r.GET("/helper/gin/tags", func(c *gin.Context) {
		rows, err := db.Query("SELECT name FROM tags")
		if err != nil {
			ginx.Fail(c, http.StatusUnauthorized, "cannot list") // want `server-error-status: 401 Unauthorized answers a server failure \(the error comes from sql\.DB\.Query\) in GET /helper/gin/tags`
			return
		}
		defer rows.Close()
		c.JSON(http.StatusOK, []string{})
	})
	e.GET("/helper/echo/tags", func(c echo.Context) error {
		rows, err := db.Query("SELECT name FROM tags")
		if err != nil {
			return echox.HTTPError(http.StatusBadRequest, "cannot list") // want `server-error-status: 400 Bad Request answers a server failure \(the error comes from sql\.DB\.Query\) in GET /helper/echo/tags`
		}
		defer rows.Close()
		return c.JSON(http.StatusOK, []string{})
	})

	// --- quiet ---
	mux.HandleFunc("GET /helper/tags/{id}", func(w http.ResponseWriter, r *http.Request) {
		var name string
		if err := db.QueryRow("SELECT name FROM tags WHERE id = ?", r.PathValue("id")).Scan(&name); err != nil {
			respond.Error(w, http.StatusBadRequest, "no such tag")
			return
		}
		respond.JSON(w, http.StatusOK, name)
	})
	r.POST("/helper/gin/tags", func(c *gin.Context) {
		if _, err := db.Exec("INSERT INTO tags (name) VALUES (?)", c.PostForm("name")); err != nil {
			ginx.Fail(c, http.StatusBadRequest, "cannot create")
			return
		}
		c.Status(http.StatusCreated)
	})
	e.GET("/helper/echo/tags/ok", func(c echo.Context) error {
		rows, err := db.Query("SELECT name FROM tags")
		if err != nil {
			return echox.HTTPError(http.StatusInternalServerError, "cannot list")
		}
		defer rows.Close()
		return c.JSON(http.StatusOK, []string{})
	})
}

// A store method known only from its error-class fact to fail with server
// errors (store.Repo.Save: gorm's Save): what it did is not known, and a
// save can fail on a constraint the client broke, so a 400 stays quiet.
func helperStoreSave(repo *store.Repo) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := repo.Save(nil); err != nil {
			http.Error(w, "cannot save", http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
