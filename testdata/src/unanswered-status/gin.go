package unansweredstatus

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type pet struct {
	Name string `json:"name" binding:"required"`
}

func ginRoutes() {
	r := gin.New()
	r.GET("/pets/:id", ginGetPet)
	r.POST("/pets", ginCreatePet)
	r.PUT("/pets/:id", ginPutPet)
	r.PATCH("/pets/:id", ginPatchPet)
	r.GET("/pets", ginListPets)

	d := gin.Default() // Logger and Recovery: the chain answers 500
	d.GET("/zoo/:id", ginGetZoo)
	go d.Run(":8081")
	r.Run(":8080") // served here: nothing else adds middleware
}

// ginGetPet documents a 404 nothing answers.
//
// @Success 200 {object} pet
// @Failure 404 {object} map[string]string // want `unanswered-status: 404 Not Found is documented for GET /pets/:id, but nothing on the route answers it \(it answers 200, 500\)`
// @Failure 500 {object} map[string]string
// @Router /pets/{id} [get]
func ginGetPet(c *gin.Context) {
	if c.Param("id") == "" {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "x"})
		return
	}
	c.JSON(http.StatusOK, pet{})
}

// ginCreatePet: gin's c.Bind answers the documented 400.
//
// @Success 201 {object} pet
// @Failure 400 {object} map[string]string
// @Failure default {object} map[string]string
// @Router /pets [post]
func ginCreatePet(c *gin.Context) {
	var p pet
	if err := c.Bind(&p); err != nil {
		return
	}
	c.JSON(http.StatusCreated, p)
}

// ginPutPet's status comes from a variable: quiet.
//
// @Success 200 {object} pet
// @Failure 409 {object} map[string]string
// @Router /pets/{id} [put]
func ginPutPet(c *gin.Context) {
	code := http.StatusOK
	if c.Query("x") != "" {
		code = http.StatusAccepted
	}
	c.JSON(code, pet{})
}

// ginPatchPet hands its response to code statuslint cannot see: quiet.
//
// @Success 200 {object} pet
// @Failure 403 {object} map[string]string
// @Router /pets/{id} [patch]
func ginPatchPet(c *gin.Context) {
	respondSomehow(c)
}

var respondSomehow func(*gin.Context)

// ginListPets documents a range and 204 answered implicitly? No: 204 it
// never answers.
//
// @Success 200 {array} pet
// @Success 204 "no pets" // want `unanswered-status: 204 No Content is documented for GET /pets`
// @Failure 4XX {object} map[string]string
// @Router /pets [get]
func ginListPets(c *gin.Context) {
	c.JSON(http.StatusOK, []pet{})
}

// ginGetZoo: gin.Default's recovery answers the documented 500.
//
// @Success 200 {object} pet
// @Failure 500 {object} map[string]string
// @Failure 404 {object} map[string]string // want `unanswered-status: 404 Not Found is documented for GET /zoo/:id`
// @Router /zoo/{id} [get]
func ginGetZoo(c *gin.Context) {
	c.JSON(http.StatusOK, pet{})
}
