// Package routes is the route inventory's end-to-end test (statuslint
// -routes): a gin router, two handlers here, a helper they answer
// through, and a handler of package pets.
package routes

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"statuslint.test/src/e2e/routes/pets"
)

var errNotFound = errors.New("not found")

func Router() *gin.Engine {
	r := gin.New()
	api := r.Group("/api")
	api.GET("/pets/:id", getPet)
	api.POST("/pets", createPet)
	api.DELETE("/pets/:id", pets.Delete)
	return r
}

func getPet(c *gin.Context) {
	pet, err := find(c.Param("id"))
	if err != nil {
		fail(c, http.StatusNotFound, err)
		return
	}
	c.JSON(http.StatusOK, pet)
}

func createPet(c *gin.Context) {
	var body struct{ Name string }
	if err := c.ShouldBindJSON(&body); err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	c.JSON(http.StatusCreated, body)
}

// fail is the helper both handlers answer errors through.
func fail(c *gin.Context, status int, err error) {
	c.AbortWithStatusJSON(status, gin.H{"error": err.Error()})
}

func find(id string) (string, error) {
	if id == "" {
		return "", errNotFound
	}
	return id, nil
}
