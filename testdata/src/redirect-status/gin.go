package redirectstatus

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func ginRoutes() *gin.Engine {
	r := gin.New()
	r.POST("/login", ginLogin)
	r.GET("/home", ginHome)
	r.Match([]string{"PUT", "PATCH"}, "/profile", ginProfile)
	r.Any("/legacy", ginLegacy)
	r.GET("/fine", ginFine)
	admin := r.Group("/admin")
	admin.DELETE("/users/:id", ginAdminDelete)
	return r
}

func ginLogin(c *gin.Context) {
	c.Redirect(http.StatusOK, "/home") // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers POST\)`
}

func ginHome(c *gin.Context) {
	if c.Query("cached") != "" {
		c.Redirect(http.StatusNotModified, "/welcome") // want `redirect-status: 304 Not Modified is not a redirection, so the client does not follow the Location; use 302 Found$`
		return
	}
	c.Redirect(200, "/welcome") // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 302 Found$`
}

// gin itself accepts 201 for a redirect; RFC 9110 does not make it one.
func ginProfile(c *gin.Context) {
	c.Redirect(http.StatusCreated, "/profile") // want `redirect-status: 201 Created is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers PUT/PATCH\)`
}

func ginLegacy(c *gin.Context) {
	if c.Request.Method == http.MethodPost {
		c.Redirect(http.StatusOK, "/new") // want `redirect-status: 200 OK is not a redirection.*use 303 See Other \(the redirect answers POST\)`
		return
	}
	c.Redirect(http.StatusMovedPermanently, "/new")
}

func ginAdminDelete(c *gin.Context) {
	c.Redirect(http.StatusOK, "/admin/users") // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers DELETE\)`
}

// ginRedirect passes its caller's code on: not a constant, nothing to say.
func ginRedirect(c *gin.Context, code int) {
	c.Redirect(code, "/new")
}

func ginFine(c *gin.Context) {
	switch c.Query("case") {
	case "found":
		c.Redirect(http.StatusFound, "/new")
	case "see-other":
		c.Redirect(303, "/new")
	case "temporary":
		c.Redirect(307, "/new")
	case "permanent":
		c.Redirect(http.StatusPermanentRedirect, "/new")
	default:
		ginRedirect(c, http.StatusFound)
	}
}
