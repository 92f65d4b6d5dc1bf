package chain

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	elsewhere "statuslint.test/src/helpers/chainmw"
)

func echoRoutes() {
	e := echo.New()
	e.Use(middleware.Recover(), middleware.Logger())
	e.GET("/echo/table", echoH1)
	g := e.Group("/echo/g", echoAuth)
	g.GET("/x", echoH2)
	e.GET("/echo/perroute", echoH3, middleware.BodyLimit("1M"))
	e.Logger.Fatal(e.Start(":8080"))
}

func echoBare() {
	e := echo.New()
	e.GET("/echo/bare", echoH4)
	e.Start(":8080")
}

func echoForeign() {
	e := echo.New()
	e.Use(elsewhere.Echo)
	e.GET("/echo/foreign", echoH5)
}

func echoAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error { // want `handler echoAuth.func echo unknown`
		if c.Request().Header.Get("Authorization") == "" {
			return c.NoContent(http.StatusUnauthorized)
		}
		return next(c)
	}
}

func echoH1(c echo.Context) error { return nil } // want `handler echoH1 echo GET at GET /echo/table chain=\[500\]$`
func echoH2(c echo.Context) error { return nil } // want `handler echoH2 echo GET at GET /echo/g/x chain=\[401,500\]$`
func echoH3(c echo.Context) error { return nil } // want `handler echoH3 echo GET at GET /echo/perroute chain=\[413,500\]$`
func echoH4(c echo.Context) error { return nil } // want `handler echoH4 echo GET at GET /echo/bare chain=\[\]$`
func echoH5(c echo.Context) error { return nil } // want `handler echoH5 echo GET at GET /echo/foreign chain=\?$`
