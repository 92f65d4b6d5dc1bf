package errorbranchsuccess

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// echo writes Response.Status with the body: a status set by hand on the
// field is not the implicit 200 (the model does not follow the field, so
// it says nothing after it).

func statusFieldRoutes(e *echo.Echo, s *orderServer) {
	e.POST("/echo/orders/field", s.echoStatusField)
	e.POST("/echo/orders/field-var", s.echoStatusFieldVar)
}

// --- negatives ---

func (s *orderServer) echoStatusField(c echo.Context) error {
	var in order
	if err := c.Bind(&in); err != nil {
		c.Response().Status = http.StatusBadRequest
		_, werr := c.Response().Write([]byte("bad order"))
		return werr
	}
	return c.JSON(http.StatusCreated, in)
}

func (s *orderServer) echoStatusFieldVar(c echo.Context) error {
	var in order
	if err := c.Bind(&in); err != nil {
		resp := c.Response()
		resp.Status = http.StatusBadRequest
		_, werr := resp.Write([]byte("bad order"))
		return werr
	}
	return c.JSON(http.StatusCreated, in)
}
