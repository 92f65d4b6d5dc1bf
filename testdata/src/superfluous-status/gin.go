package superfluousstatus

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	g "github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/binding"
)

type book struct {
	Title string `json:"title" binding:"required"`
}

type bookAPI struct{}

var errTooLate = errors.New("too late")

func ginRoutes(api *bookAPI) *gin.Engine {
	r := gin.New()
	r.POST("/books", ginBindJSON)
	r.PUT("/books/:id", api.update) // a method value
	r.GET("/books", listBooks(nil))
	return r
}

// --- positives ---

// gin's BindJSON answered 400 itself when it failed.
func ginBindJSON(c *gin.Context) {
	var b book
	if err := c.BindJSON(&b); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()}) // want `superfluous-status: 400 Bad Request is set after the header was already sent \(as 400 Bad Request by c\.BindJSON`
		return
	}
	c.JSON(http.StatusCreated, b)
}

func ginBindVariable(c *gin.Context) {
	var b book
	err := c.Bind(&b)
	if err != nil {
		c.AbortWithStatusJSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()}) // want `superfluous-status: 422 Unprocessable Entity is set after the header was already sent \(as 400 Bad Request by c\.Bind`
		return
	}
	c.JSON(http.StatusOK, b)
}

func ginBindQueryElse(c *gin.Context) {
	var q struct {
		Page int `form:"page"`
	}
	if err := c.BindQuery(&q); err == nil {
		c.JSON(http.StatusOK, q)
	} else {
		c.String(http.StatusBadRequest, "bad query: %v", err) // want `superfluous-status: 400 Bad Request is set after the header was already sent`
	}
}

func ginTwoRenders(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"ok": true})
	c.JSON(http.StatusInternalServerError, gin.H{"ok": false}) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by c\.JSON`
}

// c.Status stores a code only until the body is written.
func ginStatusAfterBody(c *gin.Context) {
	c.String(http.StatusOK, "done")
	c.Status(http.StatusAccepted) // want `superfluous-status: 202 Accepted is set after the header was already sent \(as 200 OK by c\.String`
}

func ginWriterAfterBody(c *gin.Context) {
	c.Data(http.StatusOK, "text/plain", []byte("raw"))
	c.Writer.WriteHeader(http.StatusInternalServerError) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent`
}

// AbortWithStatus writes the header now.
func ginAbortThenRender(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
		c.JSON(http.StatusUnauthorized, gin.H{"error": "login required"}) // want `superfluous-status: 401 Unauthorized is set after the header was already sent \(as 401 Unauthorized by c\.AbortWithStatus`
		return
	}
	c.Next()
}

func ginWriteHeaderNow(c *gin.Context) {
	c.Writer.WriteHeaderNow()
	c.Status(http.StatusNoContent) // want `superfluous-status: 204 No Content is set after the header was already sent`
}

func ginWriteString(c *gin.Context) {
	c.Writer.WriteString("plain")
	c.AbortWithStatus(http.StatusForbidden) // want `superfluous-status: 403 Forbidden is set after the header was already sent`
}

func (*bookAPI) update(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
	c.JSON(http.StatusCreated, gin.H{"id": c.Param("id")}) // want `superfluous-status: 201 Created is set after the header was already sent`
}

// A factory, through a renamed import.
func listBooks(db any) g.HandlerFunc {
	return func(c *g.Context) {
		c.IndentedJSON(http.StatusOK, []book{})
		c.AbortWithStatusJSON(http.StatusServiceUnavailable, g.H{"error": "db"}) // want `superfluous-status: 503 Service Unavailable is set after the header was already sent`
	}
}

func ginMustBind(c *gin.Context) {
	var b book
	if err := c.MustBindWith(&b, binding.JSON); err != nil {
		c.String(http.StatusBadRequest, err.Error()) // want `superfluous-status: 400 Bad Request is set after the header was already sent \(as 400 Bad Request by c\.MustBindWith`
		return
	}
	c.Status(http.StatusNoContent)
}

func ginBindInCondition(c *gin.Context) {
	var b book
	if c.ShouldBindQuery(&b) != nil && c.BindJSON(&b) != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "bad book"}) // want `superfluous-status: 400 Bad Request is set after the header was already sent`
		return
	}
	c.JSON(http.StatusOK, b)
}

func ginRenderThenAbortWithError(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{})
	c.AbortWithError(http.StatusInternalServerError, errTooLate) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent`
}

func ginRedirectThenRender(c *gin.Context) {
	c.Redirect(http.StatusFound, "/login")
	c.HTML(http.StatusOK, "login.tmpl", nil) // want `superfluous-status: 200 OK is set after the header was already sent \(as 302 Found by c\.Redirect`
}

// --- negatives ---

// gin keeps the code of c.Status until the body: the 200 wins, nothing is lost here.
func ginStatusThenJSON(c *gin.Context) {
	c.Status(http.StatusCreated)
	c.JSON(http.StatusOK, gin.H{})
}

func ginWriterStatusThenJSON(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusCreated)
	c.JSON(http.StatusCreated, gin.H{})
}

func ginStatusTwice(c *gin.Context) {
	c.Status(http.StatusAccepted)
	c.Status(http.StatusOK)
	c.String(http.StatusOK, "ok")
}

// ShouldBind answers nothing itself.
func ginShouldBind(c *gin.Context) {
	var b book
	if err := c.ShouldBindJSON(&b); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, b)
}

func ginBindSuccessBranch(c *gin.Context) {
	var b book
	if err := c.BindJSON(&b); err == nil {
		c.JSON(http.StatusCreated, b)
	}
}

func ginBindReturnOnly(c *gin.Context) {
	var b book
	if err := c.BindJSON(&b); err != nil {
		return
	}
	c.JSON(http.StatusCreated, b)
}

func ginIfElse(c *gin.Context) {
	if c.Query("id") == "" {
		c.JSON(http.StatusNotFound, gin.H{})
	} else {
		c.JSON(http.StatusOK, gin.H{"id": c.Query("id")})
	}
}

func ginAbortReturn(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "login required"})
		return
	}
	c.Header("X-User", "someone")
	c.Next()
}

// The handlers after Next may not have written.
func ginErrors(c *gin.Context) {
	c.Next()
	if len(c.Errors) > 0 && !c.Writer.Written() {
		c.JSON(http.StatusInternalServerError, gin.H{"error": c.Errors.String()})
	}
}

func ginEvents(c *gin.Context) {
	c.Status(http.StatusOK)
	for i := 0; i < 3; i++ {
		c.SSEvent("tick", i)
		c.Writer.Flush()
	}
}
