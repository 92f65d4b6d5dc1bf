package conflictstatus

import (
	"database/sql"
	"errors"
	"net/http"

	"github.com/go-sql-driver/mysql"
	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type echoServer struct{ db *sql.DB }

func (s *echoServer) register(email string) error { return ErrDuplicateEmail }

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, s *echoServer) {
	e.POST("/signups", s.signup)
	g := e.Group("/v1")
	g.POST("/signups", s.signupV1)
	e.POST("/slugs", s.createSlug)
	e5.POST("/v5/signups", s.signup5)
	e5.POST("/v5/slugs", s.createSlug5)

	e.POST("/signups/ok", s.signupOK)
	e5.POST("/v5/signups/ok", s.signup5OK)
}

func (s *echoServer) signup(c echo.Context) error {
	err := s.register(c.FormValue("email"))
	if errors.Is(err, ErrDuplicateEmail) {
		return echo.NewHTTPError(http.StatusBadRequest, "email taken") // want `conflict-status: 400 Bad Request answers a duplicate \(conflictstatus\.ErrDuplicateEmail\) in POST /signups; .*use 409 Conflict`
	}
	if err != nil {
		return err
	}
	return c.NoContent(http.StatusCreated)
}

func (s *echoServer) signupV1(c echo.Context) error {
	if err := s.register(c.FormValue("email")); err != nil {
		switch {
		case errors.Is(err, ErrDuplicateEmail):
			return c.JSON(http.StatusInternalServerError, map[string]string{"error": "email taken"}) // want `conflict-status: 500 Internal Server Error answers a duplicate \(conflictstatus\.ErrDuplicateEmail\) in POST /v1/signups; .*use 409 Conflict`
		default:
			return c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()})
		}
	}
	return c.NoContent(http.StatusCreated)
}

func (s *echoServer) createSlug(c echo.Context) error {
	_, err := s.db.Exec("INSERT INTO slugs (slug) VALUES (?)", c.FormValue("slug"))
	var myErr *mysql.MySQLError
	if errors.As(err, &myErr) && myErr.Number == 1062 {
		return c.String(400, "slug taken") // want `conflict-status: 400 Bad Request answers a duplicate \(MySQL error 1062 \(duplicate entry\)\) in POST /slugs; .*use 409 Conflict`
	}
	return c.NoContent(http.StatusCreated)
}

func (s *echoServer) signup5(c *echo5.Context) error {
	if err := s.register(c.FormValue("email")); errors.Is(err, ErrDuplicateEmail) {
		return echo5.NewHTTPError(http.StatusInternalServerError, "email taken") // want `conflict-status: 500 Internal Server Error answers a duplicate \(conflictstatus\.ErrDuplicateEmail\) in POST /v5/signups; .*use 409 Conflict`
	}
	return c.NoContent(http.StatusCreated)
}

func (s *echoServer) createSlug5(c *echo5.Context) error {
	_, err := s.db.Exec("INSERT INTO slugs (slug) VALUES (?)", c.FormValue("slug"))
	var myErr *mysql.MySQLError
	if errors.As(err, &myErr) && myErr.Number == 1062 {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "slug taken"}) // want `conflict-status: 400 Bad Request answers a duplicate \(MySQL error 1062 \(duplicate entry\)\) in POST /v5/slugs; .*use 409 Conflict`
	}
	return c.NoContent(http.StatusCreated)
}

// --- quiet ---

func (s *echoServer) signupOK(c echo.Context) error {
	err := s.register(c.FormValue("email"))
	if errors.Is(err, ErrDuplicateEmail) {
		return echo.NewHTTPError(http.StatusConflict, "email taken")
	}
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, err.Error())
	}
	return c.NoContent(http.StatusCreated)
}

func (s *echoServer) signup5OK(c *echo5.Context) error {
	if err := s.register(c.FormValue("email")); errors.Is(err, ErrDuplicateEmail) {
		return c.JSON(http.StatusUnprocessableEntity, map[string]string{"email": "already registered"})
	}
	return c.NoContent(http.StatusCreated)
}
