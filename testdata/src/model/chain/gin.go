package chain

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func ginBare() {
	r := gin.New()
	r.GET("/bare", ginH1) // known, no middleware
	r.Run()
}

func ginDefault() {
	r := gin.Default()
	r.GET("/default", ginH2) // Logger and Recovery
	r.Run()
}

func ginTable() {
	r := gin.New()
	r.Use(gin.Logger(), gin.BasicAuth(gin.Accounts{"a": "b"}))
	r.GET("/table", ginH3)
}

func ginLocal() {
	r := gin.New()
	r.Use(ginAuth)
	api := r.Group("/api", ginTeapot())
	api.GET("/local", ginH4)
	r.GET("/perroute", ginQuota, ginH5)
}

func ginUnknown() {
	r := gin.New()
	r.Use(gin.CustomRecovery(nil)) // user code inside: unknown
	r.GET("/unknown", ginH6)
}

func ginAuth(c *gin.Context) { // want `handler ginAuth gin unknown`
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.Next()
}

func ginTeapot() gin.HandlerFunc {
	return func(c *gin.Context) { // want `handler ginTeapot.func gin unknown`
		if strings.HasPrefix(c.Request.URL.Path, "/tea") {
			c.AbortWithStatus(http.StatusTeapot)
		}
	}
}

func ginQuota(c *gin.Context) { // want `handler ginQuota gin GET at GET /perroute chain=\[401,429\]$`
	if c.Query("n") == "" {
		c.AbortWithStatusJSON(http.StatusTooManyRequests, gin.H{"error": "quota"})
	}
}

// A router handed to a function of the package: the caller's chain.
func ginHanded() {
	r := gin.New()
	r.Use(ginAuth)
	ginRegister(r)
}

func ginRegister(r *gin.Engine) {
	r.GET("/handed", ginH7)
}

// A parameter no call reaches: unknown.
func GinOrphan(r *gin.Engine) {
	r.GET("/orphan", ginH8)
}

type ginServer struct{ r *gin.Engine }

// A router held in a field: unknown.
func (s *ginServer) routes() {
	s.r.GET("/field", ginH9)
}

func ginH1(c *gin.Context) {} // want `handler ginH1 gin GET at GET /bare chain=\[\]$`
func ginH2(c *gin.Context) {} // want `handler ginH2 gin GET at GET /default chain=\[500\]$`
func ginH3(c *gin.Context) {} // want `handler ginH3 gin GET at GET /table chain=\[401\]$`
func ginH4(c *gin.Context) {} // want `handler ginH4 gin GET at GET /api/local chain=\[401,418\]$`
func ginH5(c *gin.Context) {} // want `handler ginH5 gin GET at GET /perroute chain=\[401,429\]$`
func ginH6(c *gin.Context) {} // want `handler ginH6 gin GET at GET /unknown chain=\?$`
func ginH7(c *gin.Context) {} // want `handler ginH7 gin GET at GET /handed chain=\[401\]$`
func ginH8(c *gin.Context) {} // want `handler ginH8 gin GET at GET …/orphan chain=\?$`
func ginH9(c *gin.Context) {} // want `handler ginH9 gin GET at GET …/field chain=\?$`

// A router returned to another package: it may add middleware there.
func NewGinRouter() *gin.Engine {
	r := gin.New()
	r.GET("/returned", ginH10)
	return r
}

// A router returned to a caller here that adds middleware.
func ginBuilt() *gin.Engine {
	r := gin.New()
	r.GET("/built", ginH11)
	return r
}

func ginServe() {
	r := ginBuilt()
	r.Use(gin.Recovery())
	r.Run()
}

func ginH10(c *gin.Context) {} // want `handler ginH10 gin GET at GET /returned chain=\?$`
func ginH11(c *gin.Context) {} // want `handler ginH11 gin GET at GET /built chain=\[500\]$`
