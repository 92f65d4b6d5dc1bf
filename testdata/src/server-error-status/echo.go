package servererrorstatus

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type echoServer struct {
	db     *sql.DB
	client *http.Client
}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, s *echoServer) {
	e.GET("/reports", s.listReports)
	g := e.Group("/v1")
	g.POST("/reports/:id/sync", s.syncReport)
	e5.GET("/v5/reports", s.listReports5)

	e.GET("/reports/:id", s.getReport)
	e5.POST("/v5/reports", s.createReport5)
}

func (s *echoServer) listReports(c echo.Context) error {
	rows, err := s.db.QueryContext(c.Request().Context(), "SELECT id FROM reports")
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "cannot list") // want `server-error-status: 400 Bad Request answers a server failure \(the error comes from sql\.DB\.QueryContext\) in GET /reports`
	}
	defer rows.Close()
	return c.JSON(http.StatusOK, []string{})
}

func (s *echoServer) syncReport(c echo.Context) error {
	resp, err := s.client.Get("https://reports.example.com/" + c.Param("id"))
	if err != nil {
		return c.JSON(http.StatusUnauthorized, map[string]string{"error": "sync failed"}) // want `server-error-status: 401 Unauthorized answers a server failure \(the error comes from http\.Client\.Get\) in POST /v1/reports/:id/sync`
	}
	defer resp.Body.Close()
	return c.NoContent(http.StatusNoContent)
}

func (s *echoServer) listReports5(c *echo5.Context) error {
	rows, err := s.db.Query("SELECT id FROM reports")
	if err != nil {
		return c.JSON(http.StatusForbidden, map[string]string{"error": "cannot list"}) // want `server-error-status: 403 Forbidden answers a server failure \(the error comes from sql\.DB\.Query\) in GET /v5/reports`
	}
	defer rows.Close()
	return c.JSON(http.StatusOK, []string{})
}

// --- quiet ---

func (s *echoServer) getReport(c echo.Context) error {
	var title string
	if err := s.db.QueryRow("SELECT title FROM reports WHERE id = ?", c.Param("id")).Scan(&title); err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "no such report")
	}
	return c.String(http.StatusOK, title)
}

func (s *echoServer) createReport5(c *echo5.Context) error {
	if _, err := s.db.Exec("INSERT INTO reports (title) VALUES (?)", c.FormValue("title")); err != nil {
		return c.JSON(http.StatusUnprocessableEntity, map[string]string{"error": "rejected"})
	}
	return c.NoContent(http.StatusCreated)
}
