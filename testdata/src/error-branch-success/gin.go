package errorbranchsuccess

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-playground/validator/v10"
	"gorm.io/gorm"
)

type widget struct {
	ID   uint
	Name string `json:"name" validate:"required"`
}

var validate = validator.New()

type ginServer struct{ db *gorm.DB }

func ginRoutes(s *ginServer) *gin.Engine {
	r := gin.New()
	r.POST("/widgets", s.createWidget)
	api := r.Group("/api")
	api.POST("/widgets", s.createWidgetAPI)
	r.PUT("/widgets/:id", ginUpdateWidget(s.db))
	r.GET("/widgets/:id", s.getWidget)

	r.POST("/widgets/bind", s.createWidgetBind)
	r.DELETE("/widgets/:id", s.deleteWidget)
	r.GET("/widgets/:id/warn", s.getWidgetWarn)
	return r
}

// gorm's `db.Create(&x).Error`.
func (s *ginServer) createWidget(c *gin.Context) {
	var wd widget
	if err := c.ShouldBindJSON(&wd); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if err := s.db.Create(&wd).Error; err != nil {
		c.JSON(http.StatusOK, gin.H{"ok": false, "error": err.Error()}) // want `error-branch-success: 200 OK answers a server failure \(the error comes from gorm\.DB\.Create\) in POST /widgets; .*use 500 Internal Server Error`
		return
	}
	c.JSON(http.StatusCreated, wd)
}

// A failed validation.
func (s *ginServer) createWidgetAPI(c *gin.Context) {
	var wd widget
	if err := c.ShouldBindJSON(&wd); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if err := validate.Struct(wd); err != nil {
		c.JSON(http.StatusOK, gin.H{"ok": false, "error": err.Error()}) // want `error-branch-success: 200 OK answers a request that failed validation \(the error comes from validator\.Validate\.Struct\) in POST /api/widgets; .*use 422 Unprocessable Entity`
		return
	}
	c.JSON(http.StatusCreated, wd)
}

// A handler returned by a factory.
func ginUpdateWidget(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		err := db.Model(&widget{}).Where("id = ?", c.Param("id")).Update("name", c.PostForm("name")).Error
		if err != nil {
			c.Status(204) // want `error-branch-success: 204 No Content answers a server failure \(the error comes from gorm\.DB\.Update\) in PUT /widgets/:id; .*use 500 Internal Server Error`
			return
		}
		c.Status(http.StatusNoContent)
	}
}

func (s *ginServer) getWidget(c *gin.Context) {
	var wd widget
	if err := s.db.First(&wd, c.Param("id")).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			c.JSON(http.StatusNotFound, gin.H{"error": "no such widget"})
			return
		}
		c.AbortWithStatusJSON(http.StatusOK, gin.H{"error": err.Error()}) // want `error-branch-success: 200 OK answers a server failure \(the error comes from gorm\.DB\.First\) in GET /widgets/:id; .*use 500 Internal Server Error`
		return
	}
	c.JSON(http.StatusOK, wd)
}

// ShouldBindJSON decodes and validates: no one class for its error, but
// it is the client's either way.
func (s *ginServer) createWidgetBind(c *gin.Context) {
	var wd widget
	if err := c.ShouldBindJSON(&wd); err != nil {
		c.JSON(http.StatusOK, gin.H{"ok": false}) // want `error-branch-success: 200 OK answers a request its binder rejected \(the error comes from gin\.Context\.ShouldBindJSON: malformed input or a failed binding tag\) in POST /widgets/bind; .*use 400 Bad Request`
		return
	}
	c.JSON(http.StatusCreated, wd)
}

// --- quiet ---

// An idempotent DELETE of what is already gone.
func (s *ginServer) deleteWidget(c *gin.Context) {
	err := s.db.First(&widget{}, c.Param("id")).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c.Status(http.StatusNoContent)
		return
	}
	if err := s.db.Delete(&widget{}, c.Param("id")).Error; err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}

// The branch falls through to another response: missing-return's business.
func (s *ginServer) getWidgetWarn(c *gin.Context) {
	var wd widget
	if err := s.db.First(&wd, c.Param("id")).Error; err != nil {
		c.JSON(http.StatusOK, gin.H{"warning": err.Error()})
	}
	c.JSON(http.StatusOK, wd)
}

// --- a test of err repeated after a branch that returned ---

func ginRetestRoutes(r *gin.Engine, db *gorm.DB) {
	r.POST("/gin/retest/dead", func(c *gin.Context) {
		err := db.Create(&widget{Name: "w"}).Error
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
			return
		}
		if err != nil {
			c.JSON(http.StatusOK, gin.H{"ok": false})
			return
		}
		c.Status(http.StatusCreated)
	})
	r.POST("/gin/retest/live", func(c *gin.Context) {
		err := db.Create(&widget{Name: "w"}).Error
		if err != nil {
			c.Header("X-Failed", "1")
		}
		if err != nil {
			c.JSON(http.StatusOK, gin.H{"ok": false}) // want `error-branch-success: 200 OK answers a server failure \(the error comes from gorm\.DB\.Create\) in POST /gin/retest/live`
			return
		}
		c.Status(http.StatusCreated)
	})
}
