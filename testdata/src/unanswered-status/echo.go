package unansweredstatus

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

func echoRoutes() {
	e := echo.New()
	e.GET("/orders/:id", echoGetOrder)
	e.DELETE("/orders/:id", echoDeleteOrder)
	e.Start(":1323")
}

// echoGetOrder returns an error echo answers with a status it decides: quiet.
//
// @Success 200 {object} map[string]string
// @Failure 404 {object} echo.HTTPError
// @Router /orders/{id} [get]
func echoGetOrder(c echo.Context) error {
	if c.Param("id") == "" {
		return errors.New("no id")
	}
	return c.JSON(http.StatusOK, map[string]string{})
}

// echoDeleteOrder answers only 204: its documented 404 never comes.
//
// @Success 204 "deleted"
// @Failure 404 {object} echo.HTTPError // want `unanswered-status: 404 Not Found is documented for DELETE /orders/:id, but nothing on the route answers it \(it answers 204\)`
// @Router /orders/{id} [delete]
func echoDeleteOrder(c echo.Context) error {
	return c.NoContent(http.StatusNoContent)
}
