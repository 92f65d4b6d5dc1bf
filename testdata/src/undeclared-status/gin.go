package undeclaredstatus

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type pet struct {
	ID   string `json:"id"`
	Name string `json:"name" binding:"required"`
}

type petHandler struct{}

func ginRoutes(h *petHandler) *gin.Engine {
	r := gin.New()
	api := r.Group("/api")
	api.GET("/pets/:id", ginGetPet)
	api.POST("/pets", ginCreatePet)
	api.PUT("/pets/:id", ginPutPet)
	api.DELETE("/pets/:id", h.Delete())
	api.GET("/pets", ginListPets)
	api.PATCH("/pets/:id", ginPatchPet)
	api.GET("/owners/:id", ginUndocumented)
	api.GET("/pets/:id/photo", ginPhoto)
	api.GET("/pets/:id/tags", ginTags)
	return r
}

// ginGetPet returns one pet.
//
//	@Summary	Get a pet
//	@Success	200	{object}	pet
//	@Failure	404	{object}	map[string]string
//	@Router		/pets/{id} [get]
func ginGetPet(c *gin.Context) {
	if c.Param("id") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "no id"}) // want `undeclared-status: 400 Bad Request answers GET /api/pets/:id, but its swag comment does not declare it \(declared: 200, 404\)`
		return
	}
	if c.Param("id") == "0" {
		c.JSON(http.StatusNotFound, gin.H{"error": "no pet"})
		return
	}
	c.JSON(http.StatusOK, pet{})
}

// ginCreatePet: gin's c.Bind answers 400 itself: not the handler's status.
//
// @Success 201 {object} pet
// @Failure 409 {object} map[string]string
// @Router /pets [post]
func ginCreatePet(c *gin.Context) {
	var p pet
	if err := c.Bind(&p); err != nil {
		return
	}
	if p.Name == "taken" {
		c.JSON(http.StatusConflict, gin.H{"error": "taken"})
		return
	}
	c.JSON(http.StatusCreated, p)
}

// ginPutPet declares its failures with a comma list.
//
// @Success 200 {object} pet
// @Failure 400,404,409 {object} map[string]string
// @Router /pets/{id} [put]
func ginPutPet(c *gin.Context) {
	var p pet
	if err := c.ShouldBindJSON(&p); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if p.ID == "" {
		c.JSON(http.StatusNotFound, gin.H{"error": "no pet"})
		return
	}
	if p.Name == "taken" {
		c.JSON(http.StatusConflict, gin.H{"error": "taken"})
		return
	}
	c.JSON(http.StatusInternalServerError, gin.H{"error": "x"}) // want `undeclared-status: 500 Internal Server Error answers PUT /api/pets/:id, but its swag comment does not declare it \(declared: 200, 400, 404, 409\)`
}

// Delete is a factory: its comment documents the handler it returns.
//
// @Success 204
// @Failure 404 {object} map[string]string
// @Router /pets/{id} [delete]
func (h *petHandler) Delete() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Param("id") == "" {
			c.JSON(http.StatusUnprocessableEntity, gin.H{"error": "no id"}) // want `undeclared-status: 422 Unprocessable Entity answers DELETE /api/pets/:id, but its swag comment does not declare it`
			return
		}
		c.Status(http.StatusNoContent)
	}
}

// ginListPets documents a default response: every status is declared.
//
// @Success 200 {array} pet
// @Failure default {object} map[string]string
// @Router /pets [get]
func ginListPets(c *gin.Context) {
	if c.Query("bad") != "" {
		c.JSON(http.StatusTeapot, gin.H{"error": "teapot"})
		return
	}
	c.JSON(http.StatusOK, []pet{})
}

// ginPatchPet answers a status from a variable: nothing to compare.
//
// @Success 200 {object} pet
// @Router /pets/{id} [patch]
func ginPatchPet(c *gin.Context) {
	code := http.StatusOK
	if c.Query("x") != "" {
		code = http.StatusAccepted
	}
	c.JSON(code, pet{})
}

// ginUndocumented has no swag comment: never reported.
func ginUndocumented(c *gin.Context) {
	c.JSON(http.StatusTeapot, gin.H{"error": "teapot"})
}

// ginPhoto: a status set after the body was sent never reaches the client.
//
// @Success 200 {file} binary
// @Router /pets/{id}/photo [get]
func ginPhoto(c *gin.Context) {
	c.String(http.StatusOK, "photo")
	c.Status(http.StatusCreated)
}

// ginTags' comment names its route and lists no response: it says nothing
// of the statuses, so none is undeclared.
//
// @Summary List a pet's tags
// @Router /pets/{id}/tags [get]
func ginTags(c *gin.Context) {
	c.JSON(http.StatusTeapot, gin.H{"error": "teapot"})
}
