package invalidstatus

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

func ginRoutes() *gin.Engine {
	r := gin.New()
	r.GET("/books", ginList)
	r.POST("/books", ginCreate)
	r.GET("/books/fine", ginFine)
	return r
}

func ginList(c *gin.Context) {
	switch c.Query("case") {
	case "json":
		c.JSON(1000, gin.H{"books": nil}) // want `invalid-status: 1000 is not an HTTP status code \(RFC 9110 defines 100–599\); net/http panics on it`
	case "status":
		c.Status(99) // want `invalid-status: 99 is not an HTTP status code \(RFC 9110 defines 100–599\); net/http panics on it`
	case "string":
		c.String(0, "none") // want `invalid-status: 0 is not an HTTP status code`
	case "data":
		c.Data(9999, "text/plain", []byte("x")) // want `invalid-status: 9999 is not an HTTP status code \(RFC 9110 defines 100–599\); net/http panics on it`
	case "writer":
		c.Writer.WriteHeader(700) // want `invalid-status: 700 is not an HTTP status code \(RFC 9110 defines 100–599\); clients reject it`
	case "redirect":
		c.Redirect(3020, "/books") // want `invalid-status: 3020 is not an HTTP status code`
	case "named":
		c.JSON(teapotish, gin.H{}) // want `invalid-status: 4180 is not an HTTP status code`
	}
}

func ginCreate(c *gin.Context) {
	if c.Query("abort") != "" {
		c.AbortWithStatus(600) // want `invalid-status: 600 is not an HTTP status code \(RFC 9110 defines 100–599\); clients reject it`
		return
	}
	if c.Query("json") != "" {
		c.AbortWithStatusJSON(2000, gin.H{"error": "x"}) // want `invalid-status: 2000 is not an HTTP status code`
		return
	}
	c.AbortWithError(1500, errors.New("x")) // want `invalid-status: 1500 is not an HTTP status code`
}

// ginFail is a helper: the status it writes is checked all the same.
func ginFail(c *gin.Context, msg string) {
	c.JSON(5000, gin.H{"error": msg}) // want `invalid-status: 5000 is not an HTTP status code`
}

func ginFine(c *gin.Context) {
	switch c.Query("case") {
	case "continue":
		c.Status(100)
	case "top":
		c.JSON(599, gin.H{})
	case "teapot":
		c.String(http.StatusTeapot, "short and stout")
	case "299":
		c.JSON(299, gin.H{})
	case "upstream":
		resp, err := http.Get("http://upstream.internal/books")
		if err != nil {
			ginFail(c, err.Error())
			return
		}
		defer resp.Body.Close()
		c.DataFromReader(resp.StatusCode, resp.ContentLength, "application/json", resp.Body, nil)
	default:
		ginRespond(c, http.StatusOK)
	}
}

func ginRespond(c *gin.Context, code int) {
	c.JSON(code, gin.H{})
}
