package headerafterwrite

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	g "github.com/gin-gonic/gin"
)

type book struct {
	Title string `json:"title"`
}

type bookAPI struct{}

func ginRoutes(api *bookAPI) *gin.Engine {
	r := gin.New()
	r.Use(ginSecure, ginTiming)
	r.GET("/books", ginJSONThenHeader)
	r.PUT("/books/:id", api.update) // a method value
	r.POST("/books", createBook(nil))
	return r
}

// --- positives ---

func ginJSONThenHeader(c *gin.Context) {
	c.JSON(http.StatusOK, []book{})
	c.Header("X-Total-Count", "0") // want `header-after-write: header "X-Total-Count" is changed after the header was sent \(as 200 OK by c\.JSON at line \d+\)`
}

func ginStringThenWriterHeader(c *gin.Context) {
	c.String(http.StatusOK, "ok")
	c.Writer.Header().Set("Cache-Control", "no-store") // want `header-after-write: header "Cache-Control" is changed after the header was sent \(as 200 OK by c\.String`
}

func ginAbortThenChallenge(c *gin.Context) {
	c.AbortWithStatus(http.StatusUnauthorized)
	c.Header("WWW-Authenticate", `Bearer realm="api"`) // want `header-after-write: header "WWW-Authenticate" is changed after the header was sent \(as 401 Unauthorized by c\.AbortWithStatus`
}

// gin's BindJSON answered 400 itself when it failed.
func ginBindThenHeader(c *gin.Context) {
	var b book
	if err := c.BindJSON(&b); err != nil {
		c.Header("X-Error", "bind") // want `header-after-write: header "X-Error" is changed after the header was sent \(as 400 Bad Request by c\.BindJSON`
		return
	}
	c.JSON(http.StatusCreated, b)
}

func (*bookAPI) update(c *gin.Context) {
	c.Data(http.StatusOK, "application/json", []byte(`{}`))
	c.Writer.Header().Del("Content-Length") // want `header-after-write: header "Content-Length" is changed after the header was sent`
}

// A factory, through a renamed import.
func createBook(db any) g.HandlerFunc {
	return func(c *g.Context) {
		c.JSON(http.StatusCreated, book{})
		c.Header("Location", "/books/1") // want `header-after-write: header "Location" is changed after the header was sent \(as 201 Created by c\.JSON`
	}
}

// --- negatives ---

// gin keeps the code of c.Status and c.Writer.WriteHeader until the body.
func ginStatusThenHeader(c *gin.Context) {
	c.Status(http.StatusCreated)
	c.Header("Location", "/books/2")
	c.Writer.WriteHeader(http.StatusCreated)
	c.Writer.Header().Set("Content-Type", "application/json")
	c.JSON(http.StatusCreated, book{})
}

func ginSecure(c *gin.Context) {
	c.Header("X-Frame-Options", "DENY")
	c.Next()
}

// The handlers after Next may not have written: nothing is known to be sent.
func ginTiming(c *gin.Context) {
	start := time.Now()
	c.Next()
	c.Header("X-Elapsed", time.Since(start).String())
}

func ginShouldBind(c *gin.Context) {
	var b book
	if err := c.ShouldBindJSON(&b); err != nil {
		c.Header("X-Error", "bind")
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, b)
}

func ginRequestHeader(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{})
	c.Request.Header.Set("X-Handled", "1")
}
