package notfoundstatus

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	orm "gorm.io/gorm"
)

type shelf struct {
	ID   uint
	Name string
}

type ginServer struct{ db *orm.DB }

func ginRoutes(s *ginServer) *gin.Engine {
	r := gin.New()
	r.GET("/shelves/:id", s.getShelf)
	api := r.Group("/api")
	api.GET("/shelves/:id", s.getShelfAPI)
	r.GET("/shelves/:id/abort", s.abortShelf)
	r.GET("/shelves/:id/name", ginShelfName(s.db))
	r.GET("/shelves/:id/switch", s.switchShelf)

	r.GET("/shelves/:id/ok", s.getShelfOK)
	r.DELETE("/shelves/:id", s.deleteShelf)
	r.GET("/shelves", s.listShelves)
	return r
}

func (s *ginServer) getShelf(c *gin.Context) {
	var sh shelf
	err := s.db.First(&sh, c.Param("id")).Error
	if errors.Is(err, orm.ErrRecordNotFound) {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "no such shelf"}) // want `not-found-status: 500 Internal Server Error answers a not-found error \(gorm\.ErrRecordNotFound\) in GET /shelves/:id; .*use 404 Not Found`
		return
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, sh)
}

func (s *ginServer) getShelfAPI(c *gin.Context) {
	var sh shelf
	if err := s.db.WithContext(c).Where("id = ?", c.Param("id")).First(&sh).Error; err != nil {
		if errors.Is(err, orm.ErrRecordNotFound) {
			c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "no such shelf"}) // want `not-found-status: 400 Bad Request answers a not-found error \(gorm\.ErrRecordNotFound\) in GET /api/shelves/:id; .*use 404 Not Found`
			return
		}
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, sh)
}

func (s *ginServer) abortShelf(c *gin.Context) {
	var sh shelf
	err := s.db.First(&sh, c.Param("id")).Error
	if err == orm.ErrRecordNotFound {
		c.AbortWithStatus(500) // want `not-found-status: 500 Internal Server Error answers a not-found error \(gorm\.ErrRecordNotFound\) in GET /shelves/:id/abort; .*use 404 Not Found`
		return
	}
	c.JSON(http.StatusOK, sh)
}

// A handler returned by a factory.
func ginShelfName(db *orm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		var sh shelf
		if err := db.First(&sh, c.Param("id")).Error; errors.Is(err, orm.ErrRecordNotFound) {
			c.String(http.StatusInternalServerError, "no such shelf") // want `not-found-status: 500 Internal Server Error answers a not-found error \(gorm\.ErrRecordNotFound\) in GET /shelves/:id/name; .*use 404 Not Found`
			return
		}
		c.String(http.StatusOK, sh.Name)
	}
}

func (s *ginServer) switchShelf(c *gin.Context) {
	var sh shelf
	switch err := s.db.First(&sh, c.Param("id")).Error; err {
	case nil:
		c.JSON(http.StatusOK, sh)
	case orm.ErrRecordNotFound:
		c.AbortWithError(http.StatusInternalServerError, err) // want `not-found-status: 500 Internal Server Error answers a not-found error \(gorm\.ErrRecordNotFound\) in GET /shelves/:id/switch; .*use 404 Not Found`
	default:
		c.AbortWithError(http.StatusInternalServerError, err)
	}
}

// --- quiet ---

func (s *ginServer) getShelfOK(c *gin.Context) {
	var sh shelf
	err := s.db.First(&sh, c.Param("id")).Error
	if errors.Is(err, orm.ErrRecordNotFound) {
		c.JSON(http.StatusNotFound, gin.H{"error": "no such shelf"})
		return
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, sh)
}

func (s *ginServer) deleteShelf(c *gin.Context) {
	err := s.db.First(&shelf{}, c.Param("id")).Error
	if errors.Is(err, orm.ErrRecordNotFound) {
		c.Status(http.StatusNoContent)
		return
	}
	if err := s.db.Delete(&shelf{}, c.Param("id")).Error; err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}

func (s *ginServer) listShelves(c *gin.Context) {
	var sh shelf
	err := s.db.Where("name = ?", c.Query("name")).First(&sh).Error
	if errors.Is(err, orm.ErrRecordNotFound) {
		c.JSON(http.StatusOK, []shelf{})
		return
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, []shelf{sh})
}
