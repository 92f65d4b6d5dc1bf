package validationstatus

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-playground/validator/v10"
)

type orderRequest struct {
	SKU      string `json:"sku" binding:"required"`
	Quantity int    `json:"quantity" binding:"required,gt=0"`
}

type ginServer struct{}

func ginRoutes(s *ginServer) *gin.Engine {
	r := gin.New()
	r.POST("/orders", s.createOrder)
	api := r.Group("/api")
	api.POST("/orders", s.createOrderAPI)
	r.POST("/orders/raw", s.createOrderRaw)
	r.PUT("/orders/:id", ginPutOrder())

	r.POST("/orders/bind", s.createOrderBind)
	r.POST("/orders/bind422", s.createOrderBind422)
	r.POST("/orders/fields", s.createOrderFields)
	return r
}

// ShouldBindJSON's error, taken apart: validator.ValidationErrors is a
// failed validation, anything else a malformed body.
func (s *ginServer) createOrder(c *gin.Context) {
	var req orderRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		var ve validator.ValidationErrors
		if errors.As(err, &ve) {
			c.JSON(http.StatusBadRequest, gin.H{"errors": ve.Error()}) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.ValidationErrors\) in POST /orders; .*422 Unprocessable Entity`
			return
		}
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, req)
}

func (s *ginServer) createOrderAPI(c *gin.Context) {
	var req orderRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if err := validate.Struct(req); err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": err.Error()}) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.Validate\.Struct\) in POST /api/orders; .*422 Unprocessable Entity`
		return
	}
	c.JSON(http.StatusCreated, req)
}

func (s *ginServer) createOrderRaw(c *gin.Context) {
	var req orderRequest
	if err := json.NewDecoder(c.Request.Body).Decode(&req); err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()}) // want `validation-status: 422 Unprocessable Entity answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /orders/raw; .*400 Bad Request`
		return
	}
	c.JSON(http.StatusCreated, req)
}

// A handler returned by a factory.
func ginPutOrder() gin.HandlerFunc {
	v := validator.New()
	return func(c *gin.Context) {
		var req orderRequest
		if err := c.ShouldBindJSON(&req); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		if err := v.Var(req.SKU, "alphanum"); err != nil {
			c.String(400, "bad sku") // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.Validate\.Var\) in PUT /orders/:id; .*422 Unprocessable Entity`
			return
		}
		c.Status(http.StatusNoContent)
	}
}

// --- quiet ---

// ShouldBindJSON decodes and validates: its error alone says neither.
func (s *ginServer) createOrderBind(c *gin.Context) {
	var req orderRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, req)
}

func (s *ginServer) createOrderBind422(c *gin.Context) {
	var req orderRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, req)
}

func (s *ginServer) createOrderFields(c *gin.Context) {
	var req orderRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if req.Quantity > 100 {
		c.JSON(http.StatusBadRequest, gin.H{"error": "at most 100"})
		return
	}
	c.JSON(http.StatusCreated, req)
}
