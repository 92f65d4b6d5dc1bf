package emptydeleteok

import (
	"net/http"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type userServer struct{}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, s *userServer) {
	e.DELETE("/users/:id", echoDeleteUser)
	e.Add(http.MethodDelete, "/users/:id/tags", echoDeleteTags)
	e.DELETE("/users/:id/sessions", s.deleteSessions)
	e.DELETE("/users/:id/string", echoStringDelete)
	e.Any("/users/:id/guarded", echoGuardedUser)
	g := e.Group("/admin")
	g.DELETE("/users/:id", echoAdminDelete)
	e5.DELETE("/v5/users/:id", echo5DeleteUser)
	e5.DELETE("/v5/users/:id/tags", echo5DeleteTags)
	e5.DELETE("/v5/users/:id/sessions", echo5DeleteSessions)

	e.DELETE("/users/:id/quiet", echoQuietDelete)
	e.DELETE("/users/:id/report", echoReportDelete)
	e.DELETE("/users/:id/helper", echoHelperDelete)
	e.Match([]string{"DELETE", "POST"}, "/users/:id/shared", echoShared)
	e5.DELETE("/v5/users/:id/quiet", echo5QuietDelete)
	e5.DELETE("/v5/users/:id/report", echo5ReportDelete)
}

func echoDeleteUser(c echo.Context) error {
	return c.NoContent(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /users/:id; a DELETE with nothing to return is 204 No Content`
}

func echoDeleteTags(c echo.Context) error {
	return c.NoContent(200) // want `empty-delete-ok: 200 OK with no body answers DELETE /users/:id/tags`
}

func (s *userServer) deleteSessions(c echo.Context) error {
	const ok = http.StatusOK
	return c.NoContent(ok) // want `empty-delete-ok: 200 OK with no body answers DELETE /users/:id/sessions`
}

// An empty body is no body.
func echoStringDelete(c echo.Context) error {
	return c.String(http.StatusOK, "") // an explicitly empty body is deliberate (htmx swaps on an empty 200)
}

func echoGuardedUser(c echo.Context) error {
	if c.Request().Method != http.MethodDelete {
		return c.NoContent(http.StatusMethodNotAllowed)
	}
	status := http.StatusOK
	return c.NoContent(status) // want `empty-delete-ok: 200 OK with no body answers DELETE /users/:id/guarded`
}

func echoAdminDelete(c echo.Context) error {
	c.Response().WriteHeader(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /admin/users/:id; a DELETE`
	return nil
}

// echo v5 handlers take *echo.Context.
func echo5DeleteUser(c *echo5.Context) error {
	return c.NoContent(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /v5/users/:id; a DELETE with nothing to return is 204 No Content`
}

func echo5DeleteTags(c *echo5.Context) error {
	return c.String(200, "") // an explicitly empty body is deliberate (htmx swaps on an empty 200)
}

// v5's Response() is the http.ResponseWriter itself.
func echo5DeleteSessions(c *echo5.Context) error {
	c.Response().WriteHeader(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /v5/users/:id/sessions`
	return nil
}

func echoQuietDelete(c echo.Context) error {
	return c.NoContent(http.StatusNoContent)
}

func echoReportDelete(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"deleted": c.Param("id")})
}

// writeDeleted receives the context and writes a body.
func writeDeleted(c echo.Context, id string) error {
	c.Response().Header().Set("Content-Type", "application/json")
	_, err := c.Response().Write([]byte(`{"deleted":"` + id + `"}`))
	return err
}

func echoHelperDelete(c echo.Context) error {
	c.Response().WriteHeader(http.StatusOK)
	return writeDeleted(c, c.Param("id"))
}

func echoShared(c echo.Context) error {
	return c.NoContent(http.StatusOK)
}

func echo5QuietDelete(c *echo5.Context) error {
	return c.NoContent(http.StatusNoContent)
}

func echo5ReportDelete(c *echo5.Context) error {
	return c.JSON(http.StatusOK, map[string]bool{"deleted": true})
}
