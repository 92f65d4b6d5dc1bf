package undeclaredstatus

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"statuslint.test/src/helpers/echox"
	"statuslint.test/src/helpers/ginx"
	"statuslint.test/src/helpers/respond"
)

func helperRoutes(r *gin.Engine, e *echo.Echo, mux *http.ServeMux) {
	r.GET("/helper/tags/:id", helperGetTag)
	e.GET("/helper/notes/:id", helperGetNote)
	mux.HandleFunc("GET /helper/files/{id}", helperGetFile)
}

// helperGetTag answers through a helper of another package.
//
// @Success 200 {object} map[string]string
// @Failure 404 {object} map[string]string
// @Router /helper/tags/{id} [get]
func helperGetTag(c *gin.Context) {
	if c.Param("id") == "0" {
		ginx.Fail(c, http.StatusNotFound, "no tag") // declared
		return
	}
	if c.Param("id") == "x" {
		ginx.Fail(c, http.StatusConflict, "busy") // want `undeclared-status: 409 Conflict answers GET /helper/tags/:id, but its swag comment does not declare it \(declared: 200, 404\)`
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
}

// helperGetNote returns an error built by another package's constructor.
//
// @Success 200 {object} map[string]string
// @Failure 404 {object} echo.HTTPError
// @Router /helper/notes/{id} [get]
func helperGetNote(c echo.Context) error {
	if c.Param("id") == "" {
		return echox.BadRequest("no id") // want `undeclared-status: 400 Bad Request answers GET /helper/notes/:id, but its swag comment does not declare it`
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

// helperGetFile answers with a fixed-status helper.
//
// @Success 200 {file} binary
// @Router /helper/files/{id} [get]
func helperGetFile(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		respond.NotFound(w) // want `undeclared-status: 404 Not Found answers GET /helper/files/\{id\}, but its swag comment does not declare it \(declared: 200\)`
		return
	}
	ginx.OK(w, "file")
}
