package authstatus

import (
	"net/http"

	"github.com/casbin/casbin/v2"
	"github.com/gin-gonic/gin"
)

type docServer struct{ enforcer *casbin.Enforcer }

func ginRoutes(s *docServer, enf *casbin.Enforcer) *gin.Engine {
	r := gin.New()
	api := r.Group("/api", ginRequireAuth)
	api.PUT("/docs/:id", ginEditDoc)
	api.PATCH("/docs/:id/title", ginEditTitle)
	api.GET("/docs/:id/secret", ginSecret)
	api.POST("/docs", s.createDoc)
	api.DELETE("/docs/:id", ginRequireRole("admin"), ginDeleteDoc)
	r.Use(ginAuthorizer(enf))
	r.GET("/session", ginSession)
	r.GET("/basic", ginBasic)
	r.GET("/apikey", ginAPIKey)
	r.Any("/docs/:id/write", ginWriteAdmin)

	r.GET("/docs/:id/ok", ginEditDocOK)
	r.GET("/login", ginLoginOK)
	r.GET("/mixed", ginMixed)
	r.GET("/lookup", ginLookup)
	r.POST("/csrf", ginCSRF)
	return r
}

// Group middleware.
func ginRequireAuth(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "no credentials"}) // want `auth-status: 403 Forbidden .*Authorization.*401 Unauthorized`
		return
	}
	c.Next()
}

// An unexported CanX predicate.
func ginEditDoc(c *gin.Context) {
	u := c.MustGet("user").(*User)
	doc := loadDocument(c.Param("id"))
	if !canEdit(u, doc) {
		c.AbortWithStatus(401) // want `auth-status: 401 Unauthorized .*canEdit.*403 Forbidden`
		return
	}
	c.Status(http.StatusNoContent)
}

// The exported method form, and a status argument on its own line.
func ginEditTitle(c *gin.Context) {
	u := c.MustGet("user").(*User)
	if !u.CanEdit(loadDocument(c.Param("id"))) {
		c.AbortWithStatusJSON(
			http.StatusUnauthorized, // want `auth-status: 401 Unauthorized .*CanEdit.*403 Forbidden`
			gin.H{"error": "not your document"},
		)
		return
	}
	c.Status(http.StatusNoContent)
}

func ginSecret(c *gin.Context) {
	u := c.MustGet("user").(*User)
	if !u.HasPermission("docs:secret") {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "no permission"}) // want `auth-status: 401 Unauthorized .*HasPermission.*403 Forbidden`
		return
	}
	c.JSON(http.StatusOK, gin.H{"secret": "s"})
}

// casbin through a method handler's field.
func (s *docServer) createDoc(c *gin.Context) {
	u := c.MustGet("user").(*User)
	allowed, _ := s.enforcer.Enforce(u.ID, "docs", "create")
	if !allowed {
		c.String(http.StatusUnauthorized, "denied") // want `auth-status: 401 Unauthorized .*(casbin|Enforce).*403 Forbidden`
		return
	}
	c.Status(http.StatusCreated)
}

// A handler factory used as route middleware.
func ginRequireRole(role string) gin.HandlerFunc {
	return func(c *gin.Context) {
		u := c.MustGet("user").(*User)
		if u.Role != role {
			c.AbortWithStatus(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*Role.*403 Forbidden`
			return
		}
		c.Next()
	}
}

func ginDeleteDoc(c *gin.Context) { c.Status(http.StatusNoContent) }

// The casbin authorizer middleware shape.
func ginAuthorizer(e *casbin.Enforcer) gin.HandlerFunc {
	return func(c *gin.Context) {
		sub := c.GetString("sub")
		ok, _ := e.Enforce(sub, c.Request.URL.Path, c.Request.Method)
		if !ok {
			c.AbortWithStatus(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*(casbin|Enforce).*403 Forbidden`
			return
		}
		c.Next()
	}
}

func ginSession(c *gin.Context) {
	sid, err := c.Cookie("session")
	if err != nil {
		c.AbortWithStatus(http.StatusForbidden) // want `auth-status: 403 Forbidden .*Cookie.*401 Unauthorized`
		return
	}
	c.String(http.StatusOK, sid)
}

func ginBasic(c *gin.Context) {
	user, _, ok := c.Request.BasicAuth()
	if !ok {
		c.Header("WWW-Authenticate", `Basic realm="gin"`)
		c.AbortWithStatus(403) // want `auth-status: 403 Forbidden .*BasicAuth.*401 Unauthorized`
		return
	}
	c.String(http.StatusOK, user)
}

func ginAPIKey(c *gin.Context) {
	if c.Request.Header.Get("X-API-Key") == "" {
		c.String(http.StatusForbidden, "api key required") // want `auth-status: 403 Forbidden .*X-API-Key.*401 Unauthorized`
		return
	}
	key := c.GetHeader("X-Auth-Token")
	if key == "" {
		c.AbortWithStatus(http.StatusForbidden) // want `auth-status: 403 Forbidden .*X-Auth-Token.*401 Unauthorized`
		return
	}
	c.Status(http.StatusNoContent)
}

// Not an admin, on a write: the method test is no access guard.
func ginWriteAdmin(c *gin.Context) {
	u := c.MustGet("user").(*User)
	if !u.IsAdmin() && c.Request.Method != http.MethodGet {
		c.AbortWithStatus(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*IsAdmin.*403 Forbidden`
		return
	}
	c.Status(http.StatusNoContent)
}

// --- quiet ---

// A role check answered 403 is right.
func ginEditDocOK(c *gin.Context) {
	u := c.MustGet("user").(*User)
	if u.Role != "admin" {
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "admins only"})
		return
	}
	c.Status(http.StatusNoContent)
}

// A missing header answered 401 is right.
func ginLoginOK(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.Header("WWW-Authenticate", "Bearer")
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	if _, err := c.Cookie("session"); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.Status(http.StatusNoContent)
}

// A guard that mixes both kinds.
func ginMixed(c *gin.Context) {
	token := c.GetHeader("Authorization")
	acct := c.MustGet("account").(*Account)
	if token == "" || !acct.IsAdmin {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	c.Status(http.StatusNoContent)
}

// ok from a map lookup: nothing to name.
func ginLookup(c *gin.Context) {
	_, ok := sessions[c.Query("sid")]
	if !ok {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	c.Status(http.StatusNoContent)
}

// A CSRF failure is 403.
func ginCSRF(c *gin.Context) {
	expected, _ := c.Cookie("csrf")
	if c.GetHeader("X-CSRF-Token") != expected {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	c.Status(http.StatusNoContent)
}
