package emptydeleteok

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

// A framework context handed on as a context.Context cannot write the
// response: the DELETE still answers an empty 200.

type ctxStore interface {
	Delete(ctx context.Context, id string) error
}

type ctxServer struct {
	store  ctxStore
	purge  func(ctx context.Context, id string) error
	record func(msg string, args ...any)
	logger ctxLogger
}

func ctxRoutes(r *gin.Engine, app *fiber.App, app3 *fiber3.App, s *ctxServer) {
	r.DELETE("/ctx/:id", s.ginDelete)
	r.DELETE("/ctx/:id/purge", s.ginPurge)
	r.DELETE("/ctx/:id/audited", s.ginAudited)
	r.DELETE("/ctx/:id/switched", s.ginSwitched)
	r.DELETE("/ctx/:id/logged", s.ginLogged)
	r.DELETE("/ctx/:id/any", s.ginAny)
	r.DELETE("/ctx/:id/variadic", s.ginVariadic)
	app3.Delete("/v3/ctx/:id", s.fiber3Delete)
	app3.Delete("/v3/ctx/:id/audited", s.fiber3Audited)
	app.Delete("/ctx/:id", s.fiberDelete)
}

// --- positives ---

func (s *ctxServer) ginDelete(c *gin.Context) {
	if err := s.store.Delete(c, c.Param("id")); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.Status(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /ctx/:id; a DELETE with nothing to return is 204 No Content`
}

// ctxTimeout uses its context as a context only.
func ctxTimeout(ctx context.Context, s *ctxServer, id string) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	default:
	}
	return s.purge(ctx, id)
}

func (s *ctxServer) ginPurge(c *gin.Context) {
	if err := ctxTimeout(c, s, c.Param("id")); err != nil {
		c.AbortWithStatus(http.StatusServiceUnavailable)
		return
	}
	c.Status(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /ctx/:id/purge`
}

func (s *ctxServer) fiber3Delete(c fiber3.Ctx) error {
	if err := s.store.Delete(c, c.Params("id")); err != nil {
		return err
	}
	return c.SendStatus(fiber3.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /v3/ctx/:id`
}

func (s *ctxServer) fiberDelete(c *fiber.Ctx) error {
	if err := s.store.Delete(c.Context(), c.Params("id")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /ctx/:id; a DELETE`
}

// --- negatives: the context may be turned back into the framework's ---

// ctxAudit asserts the context back and may answer on it.
func ctxAudit(ctx context.Context, id string) {
	if c, ok := ctx.(*gin.Context); ok && id == "" {
		c.JSON(http.StatusOK, gin.H{"deleted": id})
	}
}

func (s *ctxServer) ginAudited(c *gin.Context) {
	ctxAudit(c, c.Param("id"))
	c.Status(http.StatusOK)
}

// ctxKind switches on the context's type.
func ctxKind(ctx context.Context) string {
	switch x := ctx.(type) {
	case *gin.Context:
		x.Header("X-Kind", "gin")
		return "gin"
	}
	return "other"
}

func (s *ctxServer) ginSwitched(c *gin.Context) {
	_ = ctxKind(c)
	c.Status(http.StatusOK)
}

// ctxLog hands its context to ctxAudit, which asserts it back.
func ctxLog(ctx context.Context, id string) {
	if ctx.Err() == nil {
		ctxAudit(ctx, id)
	}
}

func (s *ctxServer) ginLogged(c *gin.Context) {
	ctxLog(c, c.Param("id"))
	c.Status(http.StatusOK)
}

// An any parameter may be asserted back anywhere.
type ctxLogger interface {
	Log(v any)
}

func (s *ctxServer) ginAny(c *gin.Context) {
	s.logger.Log(c)
	c.Status(http.StatusOK)
}

func (s *ctxServer) ginVariadic(c *gin.Context) {
	s.record("deleted", c)
	c.Status(http.StatusOK)
}

func ctxAudit3(ctx context.Context) {
	if c, ok := ctx.(fiber3.Ctx); ok {
		_ = c.SendString("deleted")
	}
}

func (s *ctxServer) fiber3Audited(c fiber3.Ctx) error {
	ctxAudit3(c)
	return c.SendStatus(fiber3.StatusOK)
}
