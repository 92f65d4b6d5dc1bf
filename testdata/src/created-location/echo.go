package createdlocation

import (
	"net/http"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type echoAPI struct{}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, api *echoAPI) {
	e.POST("/echo/users", echoCreateUser)
	e.Add(http.MethodPost, "/echo/teams", api.createTeam)
	e5.POST("/v5/users", echo5CreateUser)
	e5.POST("/v5/teams", echo5CreateTeam)

	e.POST("/echo/users/located", echoCreateLocated)
	e.PUT("/echo/users/:id", echoPutUser)
	e5.POST("/v5/users/located", echo5CreateLocated)
	e5.Match([]string{"GET", "POST"}, "/v5/users/form", echo5UserForm)
}

func echoCreateUser(c echo.Context) error {
	var u item
	if err := c.Bind(&u); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusCreated, u) // want `created-location: 201 Created answers POST /echo/users with no Location header`
}

func (api *echoAPI) createTeam(c echo.Context) error {
	return c.NoContent(201) // want `created-location: 201 Created answers POST /echo/teams with no Location header`
}

// echo v5 handlers take *echo.Context.
func echo5CreateUser(c *echo5.Context) error {
	return c.JSON(http.StatusCreated, item{}) // want `created-location: 201 Created answers POST /v5/users with no Location header`
}

func echo5CreateTeam(c *echo5.Context) error {
	c.Response().WriteHeader(http.StatusCreated) // want `created-location: 201 Created answers POST /v5/teams with no Location header`
	return nil
}

// --- quiet ---

func echoCreateLocated(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderLocation, "/echo/users/1")
	return c.JSON(http.StatusCreated, item{ID: "1"})
}

func echoPutUser(c echo.Context) error {
	return c.JSON(http.StatusCreated, item{ID: c.Param("id")})
}

func echo5CreateLocated(c *echo5.Context) error {
	c.Response().Header().Set(echo5.HeaderLocation, "/v5/users/1")
	return c.JSON(http.StatusCreated, item{ID: "1"})
}

func echo5UserForm(c *echo5.Context) error {
	return c.JSON(http.StatusCreated, item{})
}
