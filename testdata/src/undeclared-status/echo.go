package undeclaredstatus

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func echoRoutes(e *echo.Echo) {
	g := e.Group("/v1")
	g.GET("/orders/:id", echoGetOrder)
	g.DELETE("/orders/:id", echoDeleteOrder)
	g.POST("/orders", echoCreateOrder)
}

// echoGetOrder answers a returned HTTPError the docs do not list.
//
// @Success 200 {object} map[string]string
// @Failure 404 {object} echo.HTTPError
// @Router /orders/{id} [get]
func echoGetOrder(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "no id") // want `undeclared-status: 400 Bad Request answers GET /v1/orders/:id, but its swag comment does not declare it \(declared: 200, 404\)`
	}
	if c.Param("id") == "0" {
		return echo.NewHTTPError(http.StatusNotFound, "no order")
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

// echoDeleteOrder: a documented 204 answered with c.NoContent(204).
//
// @Success 204 "deleted"
// @Failure 400,404 {object} echo.HTTPError
// @Router /orders/{id} [delete]
func echoDeleteOrder(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "no id") // declared in the comma list
	}
	if c.Param("id") == "locked" {
		return echo.NewHTTPError(http.StatusServiceUnavailable, "locked") // want `undeclared-status: 503 Service Unavailable answers DELETE /v1/orders/:id, but its swag comment does not declare it \(declared: 204, 400, 404\)`
	}
	return c.NoContent(http.StatusNoContent)
}

// echoCreateOrder uses @Response and lower-case annotations, as swag accepts.
//
// @response 201 {object} map[string]string
// @failure 400 {object} echo.HTTPError
// @router /orders [post]
func echoCreateOrder(c echo.Context) error {
	var body map[string]string
	if err := c.Bind(&body); err != nil {
		return err // echo answers its own status: not a constant here
	}
	if body["id"] == "" {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "no id"})
	}
	return c.JSON(http.StatusCreated, body)
}
