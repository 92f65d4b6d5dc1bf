package messagestatus

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type item struct{ ID string }

type itemAPI struct{ items map[string]*item }

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, api *itemAPI) {
	e.GET("/items/:id", api.getItem)
	e.DELETE("/items/:id", api.deleteItem)
	e5.GET("/v5/items/:id", api.getItem5)
}

func (api *itemAPI) getItem(c echo.Context) error {
	it := api.items[c.Param("id")]
	if it == nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "item does not exist") // want `message-status: 500 Internal Server Error sends the message "item does not exist" in GET /items/:id; "does not exist"`
	}
	if c.Request().Header.Get("Authorization") == "" {
		return c.JSON(http.StatusBadRequest, echo.Map{"message": "login required"}) // want `message-status: 400 Bad Request sends the message "login required" in GET /items/:id; .*use 401 Unauthorized`
	}
	if c.QueryParam("x") == "1" {
		return c.String(http.StatusInternalServerError, "Malformed query: "+c.QueryParam("q")) // want `message-status: 500 Internal Server Error sends the message "Malformed query: "\+… .*use 400 Bad Request`
	}
	return c.JSON(http.StatusOK, it)
}

func (api *itemAPI) deleteItem(c echo.Context) error {
	id := c.Param("id")
	// --- negatives ---
	if api.items[id] == nil {
		return echo.NewHTTPError(http.StatusNotFound, "item not found") // agrees
	}
	if id == "x" {
		return echo.NewHTTPError(http.StatusInternalServerError, fmt.Sprintf("item %s not found", id)) // the constant text comes after a verb
	}
	if id == "y" {
		return echo.NewHTTPError(http.StatusInternalServerError, "item not found") // want `message-status: 500`
	}
	if id == "z" {
		return echo.NewHTTPError(http.StatusInternalServerError, "no duplicate found, but the write failed") // negated
	}
	return c.NoContent(http.StatusNoContent)
}

func (api *itemAPI) getItem5(c *echo5.Context) error {
	it := api.items[c.Param("id")]
	if it == nil {
		return echo5.NewHTTPError(http.StatusInternalServerError, "no such item") // want `message-status: 500 Internal Server Error sends the message "no such item" in GET /v5/items/:id`
	}
	return c.JSON(http.StatusOK, it)
}
