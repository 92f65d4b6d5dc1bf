package servererrorstatus

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type account struct {
	ID    uint
	Email string `json:"email" binding:"required,email"`
}

type ginServer struct{ db *gorm.DB }

func ginRoutes(s *ginServer) *gin.Engine {
	r := gin.New()
	r.GET("/accounts", s.listAccounts)
	api := r.Group("/api")
	api.DELETE("/accounts/:id", s.deleteAccount)

	r.POST("/sessions", s.createSession)
	r.POST("/accounts", s.createAccount)
	r.PUT("/accounts/:id", s.updateAccount)
	r.POST("/accounts/bind", s.bindAccount)
	return r
}

func (s *ginServer) listAccounts(c *gin.Context) {
	var accounts []account
	if err := s.db.Where("active = ?", true).Find(&accounts).Error; err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()}) // want `server-error-status: 400 Bad Request answers a server failure \(the error comes from gorm\.DB\.Find\) in GET /accounts; the server failed, not the request, which is 500 Internal Server Error`
		return
	}
	c.JSON(http.StatusOK, accounts)
}

func (s *ginServer) deleteAccount(c *gin.Context) {
	if err := s.db.Delete(&account{}, c.Param("id")).Error; err != nil {
		c.AbortWithStatus(http.StatusForbidden) // want `server-error-status: 403 Forbidden answers a server failure \(the error comes from gorm\.DB\.Delete\) in DELETE /api/accounts/:id`
		return
	}
	c.Status(http.StatusNoContent)
}

// --- quiet ---

// An unknown email at login is a missing row: 401 by choice.
func (s *ginServer) createSession(c *gin.Context) {
	var a account
	if err := s.db.Where("email = ?", c.PostForm("email")).First(&a).Error; err != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
		return
	}
	c.Status(http.StatusCreated)
}

// The binder's error is the client's; a failed insert may be a constraint
// the client broke.
func (s *ginServer) createAccount(c *gin.Context) {
	var a account
	if err := c.ShouldBindJSON(&a); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if err := s.db.Create(&a).Error; err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "cannot create"})
		return
	}
	c.JSON(http.StatusCreated, a)
}

func (s *ginServer) updateAccount(c *gin.Context) {
	var a account
	if err := s.db.Save(&a).Error; err != nil {
		c.JSON(http.StatusConflict, gin.H{"error": "email taken"})
		return
	}
	c.JSON(http.StatusOK, a)
}

func (s *ginServer) bindAccount(c *gin.Context) {
	var a account
	if err := c.ShouldBindQuery(&a); err != nil {
		c.JSON(http.StatusForbidden, gin.H{"error": err.Error()}) // client-error-status's, not this rule's
		return
	}
	c.JSON(http.StatusOK, a)
}
