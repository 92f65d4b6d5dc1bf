package methodguardstatus

import (
	stdhttp "net/http"

	"github.com/gin-gonic/gin"
)

type ticket struct{ ID string }

type ticketAPI struct{}

func ginRoutes(api *ticketAPI) *gin.Engine {
	r := gin.New()
	r.Any("/tickets/upload", ginUpload)
	r.Any("/tickets", api.tickets)
	r.Any("/tickets/close", ginCloseHandler())

	r.POST("/tickets/new", ginCreateTicket)
	r.GET("/tickets/:id", ginTicket)
	r.DELETE("/tickets/:id", ginTicket)
	r.Any("/tickets/preflight", ginPreflight)
	return r
}

// net/http is imported as stdhttp: the fix keeps the alias.
func ginUpload(c *gin.Context) {
	if c.Request.Method != stdhttp.MethodPost {
		c.AbortWithStatusJSON(stdhttp.StatusBadRequest, gin.H{"error": "POST only"}) // want `method-guard-status: 400 Bad Request rejects .*; the handler serves only POST, and a wrong method is 405 Method Not Allowed`
		return
	}
	c.JSON(stdhttp.StatusCreated, ticket{})
}

func (api *ticketAPI) tickets(c *gin.Context) {
	switch c.Request.Method {
	case stdhttp.MethodGet:
		c.JSON(stdhttp.StatusOK, []ticket{})
	case stdhttp.MethodPost:
		c.JSON(stdhttp.StatusCreated, ticket{})
	default:
		c.String(404, "no such method") // want `method-guard-status: 404 Not Found rejects .*; the handler serves only GET/POST, and a wrong method is 405 Method Not Allowed`
	}
}

// A factory returning the handler.
func ginCloseHandler() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Request.Method != stdhttp.MethodPut {
			c.AbortWithStatus(stdhttp.StatusNotFound) // want `method-guard-status: 404 Not Found rejects .*; the handler serves only PUT, and a wrong method is 405`
			return
		}
		c.Status(stdhttp.StatusNoContent)
	}
}

// --- quiet ---

func ginCreateTicket(c *gin.Context) {
	var t ticket
	if err := c.ShouldBindJSON(&t); err != nil {
		c.AbortWithStatusJSON(stdhttp.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(stdhttp.StatusCreated, t)
}

// GET and DELETE: the 404 is a missing ticket on the GET path.
func ginTicket(c *gin.Context) {
	if c.Request.Method == stdhttp.MethodDelete {
		c.Status(stdhttp.StatusNoContent)
		return
	}
	if c.Param("id") == "missing" {
		c.JSON(stdhttp.StatusNotFound, gin.H{"error": "no such ticket"})
		return
	}
	c.JSON(stdhttp.StatusOK, ticket{ID: c.Param("id")})
}

func ginPreflight(c *gin.Context) {
	if c.Request.Method == stdhttp.MethodOptions {
		c.Header("Access-Control-Allow-Methods", "POST")
		c.AbortWithStatus(stdhttp.StatusNoContent)
		return
	}
	if c.Request.Method != stdhttp.MethodPost {
		c.Header("Allow", "POST, OPTIONS")
		c.AbortWithStatus(stdhttp.StatusMethodNotAllowed)
		return
	}
	c.JSON(stdhttp.StatusOK, ticket{})
}
