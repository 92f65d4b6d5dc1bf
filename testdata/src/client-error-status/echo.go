package clienterrorstatus

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type invoice struct {
	ID     int `json:"id" param:"id"`
	Amount int `json:"amount"`
}

type echoServer struct{}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, s *echoServer) {
	e.POST("/invoices", s.createInvoice)
	g := e.Group("/v1")
	g.POST("/invoices", s.createInvoiceV1)
	e.GET("/invoices/:id", s.getInvoice)
	e5.POST("/v5/invoices", s.createInvoice5)
	e5.GET("/v5/invoices/:id", s.getInvoice5)

	e.POST("/invoices/ok", s.createInvoiceOK)
	e5.POST("/v5/invoices/ok", s.createInvoice5OK)
}

func (s *echoServer) createInvoice(c echo.Context) error {
	var inv invoice
	if err := c.Bind(&inv); err != nil {
		return c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()}) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from echo\.Context\.Bind\) in POST /invoices; .*use 400 Bad Request`
	}
	return c.JSON(http.StatusCreated, inv)
}

func (s *echoServer) createInvoiceV1(c echo.Context) error {
	var inv invoice
	if err := c.Bind(&inv); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, err.Error()) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from echo\.Context\.Bind\) in POST /v1/invoices; .*use 400 Bad Request`
	}
	return c.JSON(http.StatusCreated, inv)
}

func (s *echoServer) getInvoice(c echo.Context) error {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		return c.NoContent(500) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /invoices/:id; .*use 400 Bad Request`
	}
	return c.JSON(http.StatusOK, invoice{ID: id})
}

func (s *echoServer) createInvoice5(c *echo5.Context) error {
	var inv invoice
	if err := c.Bind(&inv); err != nil {
		return echo5.NewHTTPError(http.StatusInternalServerError, "bad invoice") // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from echo\.Context\.Bind\) in POST /v5/invoices; .*use 400 Bad Request`
	}
	return c.JSON(http.StatusCreated, inv)
}

func (s *echoServer) getInvoice5(c *echo5.Context) error {
	id, err := strconv.Atoi(c.QueryParam("id"))
	if err != nil {
		return c.String(http.StatusInternalServerError, "bad id") // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /v5/invoices/:id; .*use 400 Bad Request`
	}
	return c.JSON(http.StatusOK, invoice{ID: id})
}

// --- quiet ---

func (s *echoServer) createInvoiceOK(c echo.Context) error {
	var inv invoice
	if err := c.Bind(&inv); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusCreated, inv)
}

func (s *echoServer) createInvoice5OK(c *echo5.Context) error {
	var inv invoice
	if err := c.Bind(&inv); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": err.Error()})
	}
	return c.JSON(http.StatusCreated, inv)
}
