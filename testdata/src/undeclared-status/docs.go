package undeclaredstatus

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Routes documented by an OpenAPI 3.0 document in JSON (echo) and a 3.1
// document in YAML (net/http).
func documentedRoutes(e *echo.Echo, mux *http.ServeMux) {
	e.GET("/ej/entries/:id", echoDocItem)
	mux.HandleFunc("GET /ny/things/{id}", netDocThing)
}

func echoDocItem(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusNotFound, "no item") // want `undeclared-status: 404 Not Found answers GET /ej/entries/:id, but openapi30.json:7 \(GET /ej/entries/\{id\}\) does not declare it \(declared: 200, 5XX\)`
	}
	if c.Param("id") == "x" {
		return echo.NewHTTPError(http.StatusBadGateway, "upstream") // declared by 5XX
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

func netDocThing(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		http.Error(w, "no id", http.StatusBadRequest) // want `undeclared-status: 400 Bad Request answers GET /ny/things/\{id\}, but openapi31.yaml:7 \(GET /ny/things/\{thingID\}\) does not declare it \(declared: 200, 404\)`
		return
	}
	if r.PathValue("id") == "0" {
		http.NotFound(w, r)
		return
	}
	w.Write([]byte("thing"))
}
