package missingreturn

import (
	"context"
	"database/sql"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

// gin's *gin.Context and fiber v3's Ctx are context.Context values:
// handing one to a context.Context parameter cannot write the response.

type ctxUser struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type ctxRepo interface {
	Get(ctx context.Context, id string) (*ctxUser, error)
}

type ctxTracer interface {
	Start(ctx context.Context, name string) (context.Context, func())
}

type ctxServer struct {
	db     *sql.DB
	repo   ctxRepo
	tracer ctxTracer
	touch  func(ctx context.Context, id string) error
}

// --- positives ---

func (s *ctxServer) ginGet(c *gin.Context) {
	u, err := s.repo.Get(c, c.Param("id"))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `missing-return: c\.JSON completes the response in ctxServer\.ginGet but the handler goes on to write another one; return after it`
	}
	c.JSON(http.StatusOK, u)
}

func (s *ctxServer) ginQuery(c *gin.Context) {
	_, end := s.tracer.Start(c, "query")
	defer end()
	var name string
	if err := s.db.QueryRowContext(c, "SELECT name FROM users WHERE id = ?", c.Param("id")).Scan(&name); err != nil {
		c.String(http.StatusNotFound, "no user") // want `missing-return: c\.String completes the response in ctxServer\.ginQuery`
	}
	c.String(http.StatusOK, name)
}

// A context derived from the gin context, and a function-valued field.
func (s *ctxServer) ginTimeout(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c, time.Second)
	defer cancel()
	if err := s.touch(c, c.Param("id")); err != nil {
		c.AbortWithStatus(http.StatusServiceUnavailable) // want `missing-return: c\.AbortWithStatus completes the response in ctxServer\.ginTimeout`
	}
	u, _ := s.repo.Get(ctx, c.Param("id"))
	c.JSON(http.StatusOK, u)
}

// ctxLoad uses its context as a context: calling it writes nothing.
func ctxLoad(ctx context.Context, repo ctxRepo, id string) (*ctxUser, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	return repo.Get(ctx, id)
}

func (s *ctxServer) ginLoad(c *gin.Context) {
	u, err := ctxLoad(c, s.repo, c.Param("id"))
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "no user"}) // want `missing-return: c\.JSON completes the response in ctxServer\.ginLoad`
	}
	c.JSON(http.StatusOK, u)
}

func (s *ctxServer) fiber3Get(c fiber3.Ctx) error {
	u, err := s.repo.Get(c, c.Params("id"))
	if err != nil {
		c.Status(fiber3.StatusInternalServerError).JSON(fiber3.Map{"error": err.Error()}) // want `missing-return: c\.Status\(fiber3\.StatusInternalServerError\)\.JSON completes the response in ctxServer\.fiber3Get`
	}
	return c.JSON(u)
}

func (s *ctxServer) fiber3Query(c fiber3.Ctx) error {
	var name string
	if err := s.db.QueryRowContext(c, "SELECT name FROM users WHERE id = ?", c.Params("id")).Scan(&name); err != nil {
		c.SendStatus(fiber3.StatusNotFound) // want `missing-return: c\.SendStatus completes the response in ctxServer\.fiber3Query`
	}
	return c.SendString(name)
}

// fiber v2's *fiber.Ctx is no context.Context, but its fasthttp
// *RequestCtx (c.Context()) is.
func (s *ctxServer) fiberGet(c *fiber.Ctx) error {
	u, err := s.repo.Get(c.Context(), c.Params("id"))
	if err != nil {
		c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": err.Error()}) // want `missing-return: c\.Status\(fiber\.StatusInternalServerError\)\.JSON completes the response in ctxServer\.fiberGet`
	}
	return c.JSON(u)
}
