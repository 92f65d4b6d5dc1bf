package unauthorizedchallenge

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

type ginAPI struct{}

func ginRoutes(api *ginAPI) *gin.Engine {
	r := gin.New()
	r.GET("/gin/me", ginMe)
	authed := r.Group("/gin", ginAuthRequired())
	authed.GET("/orders", api.orders)
	r.GET("/gin/writer", ginWriter)

	r.GET("/gin/basic", ginBasic)
	r.GET("/gin/writer-header", ginWriterHeader)
	r.GET("/gin/forbidden", ginForbidden)
	return r
}

func ginMe(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "login required"}) // want `unauthorized-challenge: 401 Unauthorized in GET /gin/me has no WWW-Authenticate header`
		return
	}
	c.JSON(http.StatusOK, account{})
}

// Middleware from a factory.
func ginAuthRequired() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			c.AbortWithStatus(401) // want `unauthorized-challenge: 401 Unauthorized in .* has no WWW-Authenticate header`
			return
		}
		c.Next()
	}
}

func (api *ginAPI) orders(c *gin.Context) {
	if _, ok := c.Get("user"); !ok {
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "no user"}) // want `unauthorized-challenge: 401 Unauthorized in GET /gin/orders has no WWW-Authenticate header`
		return
	}
	c.JSON(http.StatusOK, []string{})
}

func ginWriter(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in GET /gin/writer has no WWW-Authenticate header`
	c.Writer.WriteString("login required")
}

// --- quiet ---

func ginBasic(c *gin.Context) {
	if _, _, ok := c.Request.BasicAuth(); !ok {
		c.Header("WWW-Authenticate", `Basic realm="gin"`)
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.JSON(http.StatusOK, account{})
}

func ginWriterHeader(c *gin.Context) {
	c.Writer.Header().Set("WWW-Authenticate", "Bearer")
	c.String(http.StatusUnauthorized, "login required")
}

func ginForbidden(c *gin.Context) {
	c.AbortWithStatus(http.StatusForbidden)
}

func ginWrongCodeRoutes(r *gin.Engine) {
	r.GET("/gin/admin-only", ginAdminOnly)
	r.POST("/gin/login", ginBadBody)
	r.GET("/gin/orders/:id", ginBadParam)
}

// auth-status asks for 403.
func ginAdminOnly(c *gin.Context) {
	u := c.MustGet("user").(*principal)
	if !u.IsAdmin {
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "admins only"})
		return
	}
	c.JSON(http.StatusOK, account{ID: u.Name})
}

// A body that could not be read.
func ginBadBody(c *gin.Context) {
	var req loginRequest
	if err := json.NewDecoder(c.Request.Body).Decode(&req); err != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, account{ID: req.User})
}

// A path value that does not parse.
func ginBadParam(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatus(http.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in GET /gin/orders/:id has no WWW-Authenticate header`
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": id})
}
