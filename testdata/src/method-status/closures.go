package methodstatus

import (
	"net/http"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

// Responses written inside closures: a closure the call runs before it
// returns (gorm's Transaction, sync.Once.Do, a helper of this package that
// calls its func parameter) answers for the handler at the call; one the
// call keeps for later does not.

type closureServer struct {
	db    *gorm.DB
	once  sync.Once
	hooks []func()
}

func closureRoutes(s *closureServer, e *echo.Echo) {
	r := gin.New()
	r.GET("/tx/books/:id", s.ginTxBook)
	r.GET("/once/books", s.ginOnceBook)
	r.GET("/local/books", s.ginLocalBook)
	r.POST("/tx/books", s.ginTxCreate)
	r.GET("/later/books", s.ginLaterBook)
	r.GET("/after/books", s.ginAfterBook)
	r.GET("/stored/books", s.ginStoredBook)
	e.GET("/tx/users/:id", s.echoTxUser)
	e.GET("/tx/users", s.echoTxUsers)
}

// --- positives ---

func (s *closureServer) ginTxBook(c *gin.Context) {
	err := s.db.Transaction(func(tx *gorm.DB) error {
		var b book
		if err := tx.First(&b, c.Param("id")).Error; err != nil {
			return err
		}
		c.JSON(http.StatusCreated, b) // want `method-status: 201 Created answers GET /tx/books/:id; 201 is for a resource this request created \(POST, PUT\), use 200 OK`
		return nil
	})
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
	}
}

func (s *closureServer) ginOnceBook(c *gin.Context) {
	s.once.Do(func() {
		c.JSON(http.StatusCreated, []book{}) // want `method-status: 201 Created answers GET /once/books; .*, use 200 OK`
	})
}

// inTx calls fn before it returns: its closure runs at the call.
func (s *closureServer) inTx(fn func(tx *gorm.DB) error) error {
	tx := s.db.Begin()
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit().Error
}

func (s *closureServer) ginLocalBook(c *gin.Context) {
	_ = s.inTx(func(tx *gorm.DB) error {
		c.Status(http.StatusCreated) // want `method-status: 201 Created answers GET /local/books; .*, use 200 OK`
		return nil
	})
}

func (s *closureServer) echoTxUser(c echo.Context) error {
	return s.db.Transaction(func(tx *gorm.DB) error {
		return c.JSON(http.StatusCreated, user{ID: c.Param("id")}) // want `method-status: 201 Created answers GET /tx/users/:id; .*, use 200 OK`
	})
}

// --- negatives ---

// A POST creates: 201 is right, inside a transaction too.
func (s *closureServer) ginTxCreate(c *gin.Context) {
	_ = s.db.Transaction(func(tx *gorm.DB) error {
		c.JSON(http.StatusCreated, book{})
		return nil
	})
}

// later keeps the closure for after the handler: it does not run at the call.
func (s *closureServer) later(fn func()) { s.hooks = append(s.hooks, fn) }

func (s *closureServer) ginLaterBook(c *gin.Context) {
	s.later(func() { c.JSON(http.StatusCreated, book{}) })
	c.JSON(http.StatusOK, book{})
}

// time.AfterFunc runs it on another goroutine, later.
func (s *closureServer) ginAfterBook(c *gin.Context) {
	time.AfterFunc(time.Second, func() { c.JSON(http.StatusCreated, book{}) })
	c.JSON(http.StatusOK, book{})
}

// A closure held in a variable, then handed on: not followed.
func (s *closureServer) ginStoredBook(c *gin.Context) {
	fn := func(tx *gorm.DB) error {
		c.JSON(http.StatusCreated, book{})
		return nil
	}
	_ = s.db.Transaction(fn)
}

// The closure's own statuses are all 200: nothing to report.
func (s *closureServer) echoTxUsers(c echo.Context) error {
	return s.db.Transaction(func(tx *gorm.DB) error {
		var us []user
		if err := tx.Find(&us).Error; err != nil {
			return err
		}
		return c.JSON(http.StatusOK, us)
	})
}
