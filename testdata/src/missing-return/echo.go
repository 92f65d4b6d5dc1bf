package missingreturn

import (
	"log"
	"net/http"

	"github.com/labstack/echo/v4"
	e4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type user struct {
	Name string `json:"name"`
}

type userAPI struct{ users map[string]user }

func echoRoutes(e *echo.Echo, api *userAPI, e5 *echo5.Echo) {
	e.POST("/users", echoCreate)
	e.GET("/users/:id", api.get) // a method value
	e.PUT("/users/:id", updateUser(nil))
	e5.GET("/v5/users/:id", echo5Get)
	e5.POST("/v5/users", echo5Create)
}

// --- positives ---

func echoCreate(c echo.Context) error {
	var u user
	if err := c.Bind(&u); err != nil {
		c.JSON(http.StatusBadRequest, map[string]string{"error": err.Error()}) // want `missing-return: c\.JSON completes the response in echoCreate but the handler goes on to write another one; return after it`
	}
	return c.JSON(http.StatusCreated, u)
}

func (api *userAPI) get(c echo.Context) error {
	u, ok := api.users[c.Param("id")]
	if !ok {
		c.NoContent(http.StatusNotFound) // want `missing-return: c\.NoContent completes the response in userAPI\.get`
	}
	return c.JSON(http.StatusOK, u)
}

// A factory, through a renamed import.
func updateUser(store map[string]user) e4.HandlerFunc {
	return func(c e4.Context) error {
		var u user
		if err := c.Bind(&u); err != nil {
			c.String(http.StatusBadRequest, err.Error()) // want `missing-return: c\.String completes the response in updateUser\.func`
		}
		store[c.Param("id")] = u
		return c.NoContent(http.StatusNoContent)
	}
}

// Every path after the 400 answers again: an HTTPError or a 204.
func echoThenHTTPError(c echo.Context) error {
	var u user
	if err := c.Bind(&u); err != nil {
		c.JSON(http.StatusBadRequest, map[string]string{"error": err.Error()}) // want `missing-return: c\.JSON completes the response in echoThenHTTPError`
	}
	if u.Name == "" {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, "name required")
	}
	return c.NoContent(http.StatusNoContent)
}

// echo v5 handlers take *echo.Context.
func echo5Get(c *echo5.Context) error {
	if c.Param("id") == "" {
		c.NoContent(http.StatusNotFound) // want `missing-return: c\.NoContent completes the response in echo5Get`
	}
	return c.JSON(http.StatusOK, user{Name: c.Param("id")})
}

func echo5Create(c *echo5.Context) error {
	var u user
	if err := c.Bind(&u); err != nil {
		c.JSON(http.StatusBadRequest, map[string]string{"error": err.Error()}) // want `missing-return: c\.JSON completes the response in echo5Create`
	}
	return c.JSON(http.StatusCreated, u)
}

// --- negatives ---

func echoReturns(c echo.Context) error {
	var u user
	if err := c.Bind(&u); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": err.Error()})
	}
	return c.JSON(http.StatusCreated, u)
}

func echoIfElse(c echo.Context) error {
	var err error
	if c.Param("id") == "" {
		err = c.NoContent(http.StatusNotFound)
	} else {
		err = c.JSON(http.StatusOK, user{})
	}
	return err
}

func echoLogAfter(c echo.Context) error {
	if err := c.JSON(http.StatusOK, user{}); err != nil {
		log.Printf("write: %v", err)
	}
	return nil
}

func echoErrorFirst(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "missing id")
	}
	return c.NoContent(http.StatusNoContent)
}

func echoStream(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderContentType, "text/event-stream")
	c.Response().WriteHeader(http.StatusOK)
	for i := 0; i < 3; i++ {
		c.Response().Write([]byte("data: tick\n\n"))
		c.Response().Flush()
	}
	return nil
}
