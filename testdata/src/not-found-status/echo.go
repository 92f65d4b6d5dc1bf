package notfoundstatus

import (
	"database/sql"
	"errors"
	"net/http"
	"os"
	"path/filepath"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type echoServer struct {
	db  *sql.DB
	dir string
}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, s *echoServer) {
	e.GET("/members/:id", s.getMember)
	e.GET("/members/:id/json", s.getMemberJSON)
	g := e.Group("/v1")
	g.GET("/members/:id", s.getMemberV1)
	e5.GET("/v5/avatars/:name", s.getAvatar5)
	e5.GET("/v5/members/:id", s.getMember5)

	e.GET("/members/:id/ok", s.getMemberOK)
	e.DELETE("/members/:id", s.deleteMember)
	e5.GET("/v5/members/:id/ok", s.getMember5OK)
}

func (s *echoServer) getMember(c echo.Context) error {
	var name string
	err := s.db.QueryRowContext(c.Request().Context(), "SELECT name FROM members WHERE id = ?", c.Param("id")).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return echo.NewHTTPError(http.StatusInternalServerError, "no such member") // want `not-found-status: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET /members/:id; .*use 404 Not Found`
	}
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, err.Error())
	}
	return c.String(http.StatusOK, name)
}

func (s *echoServer) getMemberJSON(c echo.Context) error {
	var name string
	err := s.db.QueryRow("SELECT name FROM members WHERE id = ?", c.Param("id")).Scan(&name)
	if err == sql.ErrNoRows {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "no such member"}) // want `not-found-status: 400 Bad Request answers a not-found error \(sql\.ErrNoRows\) in GET /members/:id/json; .*use 404 Not Found`
	}
	return c.JSON(http.StatusOK, name)
}

func (s *echoServer) getMemberV1(c echo.Context) error {
	var name string
	if err := s.db.QueryRow("SELECT name FROM members WHERE id = ?", c.Param("id")).Scan(&name); err != nil {
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return c.NoContent(500) // want `not-found-status: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET /v1/members/:id; .*use 404 Not Found`
		default:
			return c.NoContent(500)
		}
	}
	return c.String(http.StatusOK, name)
}

func (s *echoServer) getAvatar5(c *echo5.Context) error {
	path := filepath.Join(s.dir, filepath.Base(c.Param("name")))
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return c.String(http.StatusInternalServerError, "no avatar") // want `not-found-status: 500 Internal Server Error answers a not-found error \(os\.ErrNotExist\) in GET /v5/avatars/:name; .*use 404 Not Found`
	}
	return c.File(path)
}

func (s *echoServer) getMember5(c *echo5.Context) error {
	var name string
	err := s.db.QueryRow("SELECT name FROM members WHERE id = ?", c.Param("id")).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return echo5.NewHTTPError(http.StatusInternalServerError, "no such member") // want `not-found-status: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET /v5/members/:id; .*use 404 Not Found`
	}
	return c.JSON(http.StatusOK, name)
}

// --- quiet ---

func (s *echoServer) getMemberOK(c echo.Context) error {
	var name string
	err := s.db.QueryRow("SELECT name FROM members WHERE id = ?", c.Param("id")).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return echo.NewHTTPError(http.StatusNotFound, "no such member")
	}
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, err.Error())
	}
	return c.String(http.StatusOK, name)
}

func (s *echoServer) deleteMember(c echo.Context) error {
	var id string
	err := s.db.QueryRow("DELETE FROM members WHERE id = ? RETURNING id", c.Param("id")).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return c.NoContent(http.StatusNoContent)
	}
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusNoContent)
}

func (s *echoServer) getMember5OK(c *echo5.Context) error {
	var name string
	err := s.db.QueryRow("SELECT name FROM members WHERE id = ?", c.Param("id")).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return c.JSON(http.StatusGone, map[string]string{"error": "member left"})
	}
	return c.JSON(http.StatusOK, name)
}
