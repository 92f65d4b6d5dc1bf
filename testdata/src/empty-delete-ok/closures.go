package emptydeleteok

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/sync/errgroup"
	"gorm.io/gorm"
)

type closureServer struct{ db *gorm.DB }

func closureRoutes(s *closureServer) {
	r := gin.New()
	r.DELETE("/tx/books/:id", s.txDelete)
	r.DELETE("/group/books/:id", s.groupDelete)
}

// --- positives ---

// The closure gorm's Transaction runs answers for the handler.
func (s *closureServer) txDelete(c *gin.Context) {
	_ = s.db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Delete(&struct{ ID string }{}, c.Param("id")).Error; err != nil {
			return err
		}
		c.Status(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /tx/books/:id; a DELETE with nothing to return is 204 No Content`
		return nil
	})
}

// --- negatives ---

// The body is written by a closure errgroup's Go runs on another
// goroutine: the model does not follow it, so a body may follow the 200.
func (s *closureServer) groupDelete(c *gin.Context) {
	c.Status(http.StatusOK)
	var g errgroup.Group
	g.Go(func() error {
		_, err := c.Writer.Write([]byte(`{"deleted":true}`))
		return err
	})
	_ = g.Wait()
}
