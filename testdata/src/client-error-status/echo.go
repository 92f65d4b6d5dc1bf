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

// --- echo's binders, called with the context ---

func echoBinderRoutes(e *echo.Echo, e5 *echo5.Echo) {
	e.POST("/binder/invoices", func(c echo.Context) error {
		var in invoice
		if err := (&echo.DefaultBinder{}).BindBody(c, &in); err != nil {
			return c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()}) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from echo\.DefaultBinder\.BindBody\) in POST /binder/invoices; .*use 400 Bad Request`
		}
		return c.JSON(http.StatusCreated, in)
	})
	e.GET("/binder/invoices", func(c echo.Context) error {
		var q struct {
			Page int `query:"page"`
		}
		binder := &echo.DefaultBinder{}
		if err := binder.BindQueryParams(c, &q); err != nil {
			return echo.NewHTTPError(http.StatusForbidden, err.Error()) // want `client-error-status: 403 Forbidden answers a request that could not be read \(the error comes from echo\.DefaultBinder\.BindQueryParams\) in GET /binder/invoices; the client sent it, which is 400 Bad Request, not a permission denial`
		}
		return c.JSON(http.StatusOK, q)
	})
	e.GET("/binder/invoices/:id", func(c echo.Context) error {
		var in invoice
		if err := new(echo.DefaultBinder).BindPathParams(c, &in); err != nil {
			return c.NoContent(http.StatusUnauthorized) // want `client-error-status: 401 Unauthorized answers a request that could not be read \(the error comes from echo\.DefaultBinder\.BindPathParams\) in GET /binder/invoices/:id`
		}
		return c.JSON(http.StatusOK, in)
	})
	e5.POST("/v5/binder/invoices", func(c *echo5.Context) error {
		var in invoice
		if err := echo5.BindBody(c, &in); err != nil {
			return c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()}) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from echo\.BindBody\) in POST /v5/binder/invoices`
		}
		return c.JSON(http.StatusCreated, in)
	})
	e5.GET("/v5/binder/invoices/:id", func(c *echo5.Context) error {
		var in invoice
		if err := echo5.BindPathValues(c, &in); err != nil {
			return c.NoContent(http.StatusForbidden) // want `client-error-status: 403 Forbidden answers a request that could not be read \(the error comes from echo\.BindPathValues\) in GET /v5/binder/invoices/:id`
		}
		return c.JSON(http.StatusOK, in)
	})

	// --- quiet ---
	e.POST("/binder/invoices/ok", func(c echo.Context) error {
		var in invoice
		if err := (&echo.DefaultBinder{}).BindBody(c, &in); err != nil {
			return c.JSON(http.StatusBadRequest, map[string]string{"error": err.Error()})
		}
		return c.JSON(http.StatusCreated, in)
	})
	e5.GET("/v5/binder/invoices", func(c *echo5.Context) error {
		var q struct {
			Page int `query:"page"`
		}
		if err := echo5.BindQueryParams(c, &q); err != nil {
			return c.NoContent(http.StatusBadRequest)
		}
		return c.JSON(http.StatusOK, q)
	})
}
