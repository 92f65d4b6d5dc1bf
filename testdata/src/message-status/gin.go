package messagestatus

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

type post struct{ ID, AuthorID string }

type postAPI struct{ posts map[string]*post }

func ginRoutes(api *postAPI) *gin.Engine {
	r := gin.New()
	r.GET("/posts/:id", api.getPost)
	r.PUT("/posts/:id", api.putPost)
	r.POST("/posts", api.createPost)
	return r
}

type apiError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (api *postAPI) getPost(c *gin.Context) {
	p := api.posts[c.Param("id")]
	if p == nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "post not found"}) // want `message-status: 500 Internal Server Error sends the message "post not found" in GET /posts/:id; "not found"`
		return
	}
	if c.Query("view") == "draft" {
		c.JSON(http.StatusOK, gin.H{"error": "forbidden"}) // want `message-status: 200 OK sends the message "forbidden" in GET /posts/:id; "forbidden" .*use 403 Forbidden`
		return
	}
	if c.Query("format") == "x" {
		c.String(http.StatusBadRequest, "method not allowed") // want `message-status: 400 Bad Request sends the message "method not allowed"`
		return
	}
	c.JSON(http.StatusOK, p)
}

func (api *postAPI) putPost(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatusJSON(http.StatusInternalServerError, apiError{Code: 401, Message: "not authenticated"}) // want `message-status: 500 Internal Server Error sends the message "not authenticated" in PUT /posts/:id`
		return
	}
	// --- negatives ---
	p := api.posts[c.Param("id")]
	if p == nil {
		log.Printf("post not found") // a log call, not the response
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not load"})
		return
	}
	if c.Query("x") == "1" {
		c.String(http.StatusInternalServerError, "post %s not found", p.ID) // the constant text comes after a verb
		return
	}
	c.JSON(http.StatusOK, gin.H{"message": "post not found, created"}) // a 2xx message, not an error
}

func (api *postAPI) createPost(c *gin.Context) {
	var p post
	// --- negatives ---
	if err := c.ShouldBindJSON(&p); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "malformed request"}) // agrees
		return
	}
	if api.posts[p.ID] != nil {
		c.JSON(http.StatusConflict, gin.H{"error": "duplicate post"}) // agrees
		return
	}
	if p.AuthorID == "" {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "errors.not_found"}) // an i18n key
		return
	}
	c.JSON(http.StatusCreated, p)
}
