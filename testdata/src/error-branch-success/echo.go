package errorbranchsuccess

import (
	"database/sql"
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type echoServer struct{ db *sql.DB }

type subscription struct {
	Plan string `json:"plan" validate:"required"`
}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, s *echoServer) {
	e.POST("/subscriptions", s.subscribe)
	g := e.Group("/v1")
	g.POST("/subscriptions", s.subscribeV1)
	e.DELETE("/subscriptions/:id", s.unsubscribe)
	e5.POST("/v5/subscriptions", s.subscribe5)
	e5.GET("/v5/subscriptions", s.listSubscriptions5)

	e.DELETE("/subscriptions/:id/gone", s.unsubscribeGone)
	e5.DELETE("/v5/subscriptions/:id", s.unsubscribe5)
}

func (s *echoServer) subscribe(c echo.Context) error {
	var sub subscription
	if err := c.Bind(&sub); err != nil {
		return c.JSON(http.StatusOK, map[string]string{"error": err.Error()}) // want `error-branch-success: 200 OK answers a request that could not be read \(the error comes from echo\.Context\.Bind\) in POST /subscriptions; .*use 400 Bad Request`
	}
	return c.JSON(http.StatusCreated, sub)
}

func (s *echoServer) subscribeV1(c echo.Context) error {
	var sub subscription
	if err := c.Bind(&sub); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	if err := c.Validate(&sub); err != nil {
		return c.String(http.StatusOK, err.Error()) // want `error-branch-success: 200 OK answers a request that failed validation \(the error comes from echo\.Context\.Validate\) in POST /v1/subscriptions; .*use 422 Unprocessable Entity`
	}
	return c.JSON(http.StatusCreated, sub)
}

func (s *echoServer) unsubscribe(c echo.Context) error {
	if _, err := s.db.Exec("DELETE FROM subscriptions WHERE id = ?", c.Param("id")); err != nil {
		return c.NoContent(http.StatusNoContent) // want `error-branch-success: 204 No Content answers a server failure \(the error comes from sql\.DB\.Exec\) in DELETE /subscriptions/:id; .*use 500 Internal Server Error`
	}
	return c.NoContent(http.StatusNoContent)
}

func (s *echoServer) subscribe5(c *echo5.Context) error {
	var sub subscription
	if err := c.Bind(&sub); err != nil {
		return c.NoContent(200) // want `error-branch-success: 200 OK answers a request that could not be read \(the error comes from echo\.Context\.Bind\) in POST /v5/subscriptions; .*use 400 Bad Request`
	}
	return c.JSON(http.StatusCreated, sub)
}

func (s *echoServer) listSubscriptions5(c *echo5.Context) error {
	rows, err := s.db.Query("SELECT plan FROM subscriptions")
	if err != nil {
		return c.JSON(http.StatusOK, []subscription{}) // want `error-branch-success: 200 OK answers a server failure \(the error comes from sql\.DB\.Query\) in GET /v5/subscriptions; .*use 500 Internal Server Error`
	}
	defer rows.Close()
	return c.JSON(http.StatusOK, []subscription{})
}

// --- quiet ---

func (s *echoServer) unsubscribeGone(c echo.Context) error {
	var id string
	err := s.db.QueryRow("DELETE FROM subscriptions WHERE id = ? RETURNING id", c.Param("id")).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return c.NoContent(http.StatusNoContent)
	}
	if err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (s *echoServer) unsubscribe5(c *echo5.Context) error {
	var id string
	if err := s.db.QueryRow("DELETE FROM subscriptions WHERE id = ? RETURNING id", c.Param("id")).Scan(&id); err == nil {
		return c.NoContent(http.StatusNoContent)
	} else if err == sql.ErrNoRows {
		return c.NoContent(http.StatusOK)
	}
	return echo5.NewHTTPError(http.StatusInternalServerError, "delete failed")
}
