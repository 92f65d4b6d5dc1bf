package unansweredstatus

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"statuslint.test/src/helpers/docs"
	"statuslint.test/src/helpers/ginx"
)

func helperRoutes() {
	r := gin.New()
	r.GET("/helper/tags/:id", helperGetTag)
	// Documented in their own package, checked here where the chain is known.
	r.GET("/remote/tags/:id", docs.GetTag) // want `unanswered-status: docs.GetTag: 410 Gone is documented for GET /remote/tags/:id, registered here, but nothing on the route answers it \(it answers 200, 404\)`
	r.GET("/remote/tags", docs.ListTags) // its answers are not all known: quiet
	r.Run()
}

// helperGetTag answers its documented 404 through another package's helper.
//
// @Success 200 {object} map[string]string
// @Failure 404 {object} map[string]string
// @Failure 409 {object} map[string]string // want `unanswered-status: 409 Conflict is documented for GET /helper/tags/:id, but nothing on the route answers it \(it answers 200, 404\)`
// @Router /helper/tags/{id} [get]
func helperGetTag(c *gin.Context) {
	if c.Param("id") == "0" {
		ginx.NotFound(c)
		return
	}
	if c.Param("id") == "x" {
		ginx.Fail(c, http.StatusNotFound, "no tag")
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
}
