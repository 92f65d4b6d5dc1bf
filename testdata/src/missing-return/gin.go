package missingreturn

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	g "github.com/gin-gonic/gin"
)

type book struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

type bookAPI struct{ books map[string]book }

func ginRoutes(api *bookAPI) *gin.Engine {
	r := gin.New()
	r.Use(ginAuth)
	r.POST("/books", ginCreate)
	r.GET("/books/:id", api.get) // a method value
	r.PUT("/books/:id", updateBook(nil))
	return r
}

// --- positives ---

func ginCreate(c *gin.Context) {
	var b book
	if err := c.ShouldBindJSON(&b); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()}) // want `missing-return: c\.JSON completes the response in ginCreate but the handler goes on to write another one; return after it`
	}
	c.JSON(http.StatusCreated, b)
}

// Abort stops the handlers after this one, not this one.
func ginAbortJSON(c *gin.Context) {
	if c.Query("id") == "" {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "missing id"}) // want `missing-return: c\.AbortWithStatusJSON completes the response in ginAbortJSON`
	}
	c.String(http.StatusOK, "id %s", c.Query("id"))
}

func ginAbortStatus(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatus(http.StatusUnauthorized) // want `missing-return: c\.AbortWithStatus completes the response in ginAbortStatus`
	}
	c.JSON(http.StatusOK, gin.H{"user": "me"})
}

func ginJSONThenAbort(c *gin.Context) {
	if c.Query("id") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "missing id"}) // want `missing-return: c\.JSON completes the response in ginJSONThenAbort`
		c.Abort()
	}
	c.JSON(http.StatusOK, gin.H{"id": c.Query("id")})
}

func (api *bookAPI) get(c *gin.Context) {
	b, ok := api.books[c.Param("id")]
	if !ok {
		c.String(http.StatusNotFound, "no book %s", c.Param("id")) // want `missing-return: c\.String completes the response in bookAPI\.get`
	}
	c.JSON(http.StatusOK, b)
}

// A factory, through a renamed import.
func updateBook(store map[string]book) g.HandlerFunc {
	return func(c *g.Context) {
		var b book
		if err := c.ShouldBindJSON(&b); err != nil {
			c.JSON(http.StatusBadRequest, g.H{"error": err.Error()}) // want `missing-return: c\.JSON completes the response in updateBook\.func`
		}
		store[c.Param("id")] = b
		c.Status(http.StatusNoContent)
	}
}

// --- negatives ---

// After Abort, Next runs nothing: the middleware answers once.
func ginAuth(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
	c.Next()
}

func ginReturns(c *gin.Context) {
	var b book
	if err := c.ShouldBindJSON(&b); err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": err.Error()})
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

func ginSwitch(c *gin.Context) {
	switch c.Query("kind") {
	case "a":
		c.String(http.StatusOK, "a")
	case "b":
		c.String(http.StatusOK, "b")
	default:
		c.AbortWithStatus(http.StatusBadRequest)
	}
}

func ginLogAfter(c *gin.Context) {
	if err := c.ShouldBindQuery(&struct{}{}); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		log.Printf("bad query: %v", err)
	}
}

func ginEvents(c *gin.Context) {
	c.Header("Content-Type", "text/event-stream")
	for i := 0; i < 3; i++ {
		c.SSEvent("tick", i)
		c.Writer.Flush()
	}
}

func ginStatusThenJSON(c *gin.Context) {
	if c.Query("new") != "" {
		c.Status(http.StatusCreated)
	}
	c.JSON(http.StatusOK, gin.H{})
}

// --- a test repeated after a branch that returned ---

func ginRetestDead(c *gin.Context) {
	id := c.Query("id")
	ok := id != ""
	if !ok {
		c.JSON(http.StatusBadRequest, gin.H{"error": "missing id"})
		return
	}
	if !ok {
		c.JSON(http.StatusBadRequest, gin.H{"error": "missing id"})
	}
	c.JSON(http.StatusOK, gin.H{"id": id})
}

func ginRetestLive(c *gin.Context) {
	id := c.Query("id")
	ok := id != ""
	if !ok {
		log.Print("missing id")
	}
	if !ok {
		c.JSON(http.StatusBadRequest, gin.H{"error": "missing id"}) // want `missing-return: c\.JSON completes the response in ginRetestLive`
	}
	c.JSON(http.StatusOK, gin.H{"id": id})
}
