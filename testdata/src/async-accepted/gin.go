package asyncaccepted

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type ginAPI struct{}

func ginRoutes(api *ginAPI) *gin.Engine {
	r := gin.New()
	r.POST("/gin/emails", ginSendEmail)
	r.POST("/gin/thumbnails", api.thumbnails)
	r.POST("/gin/reindex", ginReindexHandler())

	r.POST("/gin/emails/accepted", ginSendAccepted)
	r.POST("/gin/emails/created", ginSendCreated)
	r.POST("/gin/emails/maybe", ginMaybeAsync)
	return r
}

func ginSendEmail(c *gin.Context) {
	var j job
	if err := c.ShouldBindJSON(&j); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	go process(j)
	c.JSON(http.StatusOK, gin.H{"status": "queued"}) // want `async-accepted: 200 OK answers POST /gin/emails after handing the work to a goroutine; the work is not done yet, which is 202 Accepted`
}

func (api *ginAPI) thumbnails(c *gin.Context) {
	go process(job{})
	c.String(200, "queued") // want `async-accepted: 200 OK answers POST /gin/thumbnails after handing the work to a goroutine`
}

// A factory returning the handler.
func ginReindexHandler() gin.HandlerFunc {
	return func(c *gin.Context) {
		go process(job{})
		c.Status(http.StatusOK) // want `async-accepted: 200 OK answers POST /gin/reindex after handing the work to a goroutine`
	}
}

// --- quiet ---

func ginSendAccepted(c *gin.Context) {
	go process(job{})
	c.JSON(http.StatusAccepted, gin.H{"status": "queued"})
}

func ginSendCreated(c *gin.Context) {
	go audit(job{})
	c.Header("Location", "/gin/emails/1")
	c.JSON(http.StatusCreated, job{ID: "1"})
}

func ginMaybeAsync(c *gin.Context) {
	if c.Query("async") == "1" {
		go process(job{})
	}
	c.JSON(http.StatusOK, gin.H{"status": "done"})
}

func ginResultRoutes(r *gin.Engine) {
	r.POST("/gin/items", ginCreateAndNotify)
	r.POST("/gin/items/queued", ginQueuedWithID)
	r.POST("/gin/items/error", ginErrorOnly)
}

// The item exists when the answer goes out; the goroutine only notifies.
func ginCreateAndNotify(c *gin.Context) {
	item, err := store.Create(c.PostForm("name"))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	go notify(item)
	c.JSON(http.StatusOK, item)
}

func ginQueuedWithID(c *gin.Context) {
	id := newID()
	go process(job{ID: id})
	c.JSON(http.StatusOK, gin.H{"id": id}) // want `async-accepted: 200 OK answers POST /gin/items/queued after handing the work to a goroutine`
}

// The error of the work is not its result.
func ginErrorOnly(c *gin.Context) {
	_, err := store.Create(c.PostForm("name"))
	go process(job{})
	c.JSON(http.StatusOK, gin.H{"error": err}) // want `async-accepted: 200 OK answers POST /gin/items/error after handing the work to a goroutine`
}
