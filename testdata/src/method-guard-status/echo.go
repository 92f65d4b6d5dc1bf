package methodguardstatus

import (
	"net/http"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type invoice struct{ ID string }

type invoiceAPI struct{}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, api *invoiceAPI) {
	e.Any("/invoices/upload", echoUpload)
	e.Any("/invoices", api.invoices)
	e5.Any("/v5/invoices", echo5Invoices)
	e5.Any("/v5/invoices/archive", echo5Archive)

	e.POST("/invoices/new", echoCreateInvoice)
	e.GET("/invoices/:id", echoInvoice)
	e.DELETE("/invoices/:id", echoInvoice)
	e5.POST("/v5/invoices/new", echo5CreateInvoice)
}

// The error the handler returns is its answer.
func echoUpload(c echo.Context) error {
	if c.Request().Method != http.MethodPut {
		return echo.NewHTTPError(http.StatusBadRequest, "PUT only") // want `method-guard-status: 400 Bad Request rejects .*; the handler serves only PUT, and a wrong method is 405 Method Not Allowed`
	}
	return c.NoContent(http.StatusNoContent)
}

func (api *invoiceAPI) invoices(c echo.Context) error {
	switch c.Request().Method {
	case http.MethodGet:
		return c.JSON(http.StatusOK, []invoice{})
	case http.MethodPost:
		return c.JSON(http.StatusCreated, invoice{})
	}
	return c.String(http.StatusNotFound, "no such method") // want `method-guard-status: 404 Not Found rejects .*; the handler serves only GET/POST, and a wrong method is 405`
}

// echo v5 handlers take *echo.Context.
func echo5Invoices(c *echo5.Context) error {
	switch c.Request().Method {
	case http.MethodGet:
		return c.JSON(http.StatusOK, []invoice{})
	default:
		return c.NoContent(404) // want `method-guard-status: 404 Not Found rejects .*; the handler serves only GET, and a wrong method is 405 Method Not Allowed`
	}
}

func echo5Archive(c *echo5.Context) error {
	if c.Request().Method != http.MethodPost {
		return echo5.NewHTTPError(http.StatusForbidden, "POST only") // want `method-guard-status: 403 Forbidden rejects .*; the handler serves only POST, and a wrong method is 405`
	}
	return c.NoContent(http.StatusNoContent)
}

// --- quiet ---

func echoCreateInvoice(c echo.Context) error {
	var inv invoice
	if err := c.Bind(&inv); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusCreated, inv)
}

func echoInvoice(c echo.Context) error {
	if c.Request().Method == http.MethodDelete {
		return c.NoContent(http.StatusNoContent)
	}
	if c.Param("id") == "missing" {
		return echo.NewHTTPError(http.StatusNotFound, "no such invoice")
	}
	return c.JSON(http.StatusOK, invoice{ID: c.Param("id")})
}

func echo5CreateInvoice(c *echo5.Context) error {
	var inv invoice
	if err := c.Bind(&inv); err != nil {
		return echo5.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusCreated, inv)
}
