package conflictstatus

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type user struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

type ginServer struct{ db *gorm.DB }

func ginRoutes(s *ginServer) *gin.Engine {
	r := gin.New()
	r.POST("/users", s.createUser)
	api := r.Group("/api")
	api.POST("/users", s.createUserAPI)
	r.PUT("/users/:id/email", ginUpdateEmail(s.db))
	r.POST("/users/abort", s.abortUser)

	r.POST("/users/ok", s.createUserOK)
	r.POST("/users/unprocessable", s.createUserUnprocessable)
	return r
}

func (s *ginServer) createUser(c *gin.Context) {
	u := user{Email: c.PostForm("email")}
	err := s.db.Create(&u).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		c.JSON(http.StatusBadRequest, gin.H{"error": "email taken"}) // want `conflict-status: 400 Bad Request answers a duplicate \(gorm\.ErrDuplicatedKey\) in POST /users; .*use 409 Conflict`
		return
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, u)
}

func (s *ginServer) createUserAPI(c *gin.Context) {
	u := user{Email: c.PostForm("email")}
	if err := s.db.Create(&u).Error; err != nil {
		if errors.Is(err, gorm.ErrDuplicatedKey) {
			c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "email taken"}) // want `conflict-status: 500 Internal Server Error answers a duplicate \(gorm\.ErrDuplicatedKey\) in POST /api/users; .*use 409 Conflict`
			return
		}
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, u)
}

// A handler returned by a factory.
func ginUpdateEmail(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		err := db.Model(&user{}).Where("id = ?", c.Param("id")).Update("email", c.PostForm("email")).Error
		if err == gorm.ErrDuplicatedKey {
			c.String(400, "email taken") // want `conflict-status: 400 Bad Request answers a duplicate \(gorm\.ErrDuplicatedKey\) in PUT /users/:id/email; .*use 409 Conflict`
			return
		}
		c.Status(http.StatusNoContent)
	}
}

func (s *ginServer) abortUser(c *gin.Context) {
	if err := s.db.Create(&user{Email: c.PostForm("email")}).Error; errors.Is(err, gorm.ErrDuplicatedKey) {
		c.AbortWithError(http.StatusInternalServerError, err) // want `conflict-status: 500 Internal Server Error answers a duplicate \(gorm\.ErrDuplicatedKey\) in POST /users/abort; .*use 409 Conflict`
		return
	}
	c.Status(http.StatusCreated)
}

// --- quiet ---

func (s *ginServer) createUserOK(c *gin.Context) {
	u := user{Email: c.PostForm("email")}
	err := s.db.Create(&u).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		c.JSON(http.StatusConflict, gin.H{"error": "email taken"})
		return
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, u)
}

func (s *ginServer) createUserUnprocessable(c *gin.Context) {
	u := user{Email: c.PostForm("email")}
	if err := s.db.Create(&u).Error; errors.Is(err, gorm.ErrDuplicatedKey) {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"email": "already registered"})
		return
	}
	c.JSON(http.StatusCreated, u)
}
