package clienterrorstatus

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/binding"
	"github.com/google/uuid"
)

type ticket struct {
	ID    int    `json:"id"`
	Title string `json:"title" binding:"required"`
}

type ginServer struct{}

func ginRoutes(s *ginServer) *gin.Engine {
	r := gin.New()
	r.GET("/tickets/:id", s.getTicket)
	api := r.Group("/api")
	api.POST("/tickets", s.createTicket)
	r.GET("/owners/:owner/tickets", ginOwnerTickets())
	r.GET("/tickets", s.listTickets)

	r.POST("/tickets/bind", s.createTicketBind)
	r.POST("/tickets/must", s.createTicketMust)
	r.GET("/tickets/:id/ok", s.getTicketOK)
	return r
}

func (s *ginServer) getTicket(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "bad id"}) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /tickets/:id; .*use 400 Bad Request`
		return
	}
	c.JSON(http.StatusOK, ticket{ID: id})
}

func (s *ginServer) createTicket(c *gin.Context) {
	var t ticket
	if err := json.NewDecoder(c.Request.Body).Decode(&t); err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /api/tickets; .*use 400 Bad Request`
		return
	}
	c.JSON(http.StatusCreated, t)
}

// A handler returned by a factory.
func ginOwnerTickets() gin.HandlerFunc {
	return func(c *gin.Context) {
		owner, err := uuid.Parse(c.Param("owner"))
		if err != nil {
			c.String(500, "bad owner") // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from uuid\.Parse\) in GET /owners/:owner/tickets; .*use 400 Bad Request`
			return
		}
		c.JSON(http.StatusOK, owner)
	}
}

func (s *ginServer) listTickets(c *gin.Context) {
	page, err := strconv.Atoi(c.DefaultQuery("page", "1"))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /tickets; .*use 400 Bad Request`
		return
	}
	c.JSON(http.StatusOK, gin.H{"page": page})
}

// ShouldBindJSON decodes and validates: its error says neither for sure,
// but it is the client's either way.
func (s *ginServer) createTicketBind(c *gin.Context) {
	var t ticket
	if err := c.ShouldBindJSON(&t); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `client-error-status: 500 Internal Server Error answers a request its binder rejected \(the error comes from gin\.Context\.ShouldBindJSON: malformed input or a failed binding tag\) in POST /tickets/bind; .*use 400 Bad Request`
		return
	}
	c.JSON(http.StatusCreated, t)
}

// --- quiet ---

// BindJSON has already answered 400 when it fails; what follows never
// reaches the client (superfluous-status reports it).
func (s *ginServer) createTicketMust(c *gin.Context) {
	var t ticket
	if err := c.BindJSON(&t); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, t)
}

func (s *ginServer) getTicketOK(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad id"})
		return
	}
	c.JSON(http.StatusOK, ticket{ID: id})
}

// --- a test of err repeated after a branch that returned ---

func ginRetestRoutes(r *gin.Engine) {
	r.GET("/gin/retest/dead/:id", ginRetestDead)
	r.GET("/gin/retest/live/:id", ginRetestLive)
	r.GET("/gin/retest/shadow/:id", ginRetestShadow)
}

func ginRetestDead(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad id"})
		return
	}
	c.Header("X-ID", strconv.Itoa(id))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "bad id"})
		return
	}
	c.Status(http.StatusNoContent)
}

func ginRetestLive(c *gin.Context) {
	_, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.Header("X-Bad", "id")
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "bad id"}) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /gin/retest/live/:id`
		return
	}
	c.Status(http.StatusNoContent)
}

// A second err declared with := is assigned: the test is about it.
func ginRetestShadow(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad id"})
		return
	}
	page, err := strconv.Atoi(c.Query("page"))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "bad page"}) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /gin/retest/shadow/:id`
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": id, "page": page})
}

// --- gin's ShouldBind* family: the client's error, neither decode nor validation for sure ---

func ginBindRoutes(r *gin.Engine) {
	r.GET("/bind/tickets", func(c *gin.Context) {
		var q struct {
			Page int `form:"page" binding:"min=1"`
		}
		if err := c.ShouldBindQuery(&q); err != nil {
			c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `client-error-status: 500 Internal Server Error answers a request its binder rejected \(the error comes from gin\.Context\.ShouldBindQuery: malformed input or a failed binding tag\) in GET /bind/tickets; .*use 400 Bad Request`
			return
		}
		c.JSON(http.StatusOK, q)
	})
	r.GET("/bind/tickets/:id", func(c *gin.Context) {
		var u struct {
			ID string `uri:"id" binding:"required,uuid"`
		}
		if err := c.ShouldBindUri(&u); err != nil {
			c.JSON(http.StatusForbidden, gin.H{"error": err.Error()}) // want `client-error-status: 403 Forbidden answers a request its binder rejected \(the error comes from gin\.Context\.ShouldBindUri: malformed input or a failed binding tag\) in GET /bind/tickets/:id; the client sent it, which is 400 Bad Request, not a permission denial`
			return
		}
		c.JSON(http.StatusOK, u)
	})
	r.POST("/bind/tickets", func(c *gin.Context) {
		var t ticket
		if err := c.ShouldBindWith(&t, binding.Form); err != nil {
			c.JSON(http.StatusUnauthorized, gin.H{"error": err.Error()}) // want `client-error-status: 401 Unauthorized answers a request its binder rejected \(the error comes from gin\.Context\.ShouldBindWith: malformed input or a failed binding tag\) in POST /bind/tickets`
			return
		}
		c.JSON(http.StatusCreated, t)
	})
	r.POST("/bind/tickets/body", func(c *gin.Context) {
		var t ticket
		if err := c.ShouldBind(&t); err != nil {
			c.JSON(http.StatusServiceUnavailable, gin.H{"error": err.Error()}) // want `client-error-status: 503 Service Unavailable answers a request its binder rejected \(the error comes from gin\.Context\.ShouldBind: malformed input`
			return
		}
		c.JSON(http.StatusCreated, t)
	})

	// --- quiet ---
	r.POST("/bind/tickets/ok", func(c *gin.Context) {
		var t ticket
		if err := c.ShouldBindJSON(&t); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusCreated, t)
	})
	r.POST("/bind/tickets/unprocessable", func(c *gin.Context) {
		var t ticket
		if err := c.ShouldBindJSON(&t); err != nil {
			c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusCreated, t)
	})
}
