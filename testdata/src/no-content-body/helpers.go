package nocontentbody

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"statuslint.test/src/helpers/echox"
	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux, e *echo.Echo) {
	mux.HandleFunc("DELETE /helper/items/{id}", helperDelete)
	mux.HandleFunc("DELETE /helper/careful/{id}", helperCareful)
	mux.HandleFunc("DELETE /helper/status/{id}", helperStatus)
	mux.HandleFunc("DELETE /helper/marshal/{id}", helperMarshal)
	e.DELETE("/helper/echo/:id", helperEcho)
}

func helperDelete(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusNoContent, map[string]string{"status": "deleted"}) // want `no-content-body: 204 No Content is sent with a body in DELETE /helper/items/\{id\}`
}

// respond.Marshal answers 500 only when it cannot marshal: still a wrapper.
func helperMarshal(w http.ResponseWriter, r *http.Request) {
	respond.Marshal(w, http.StatusNoContent, "deleted") // want `no-content-body: 204 No Content is sent with a body in DELETE /helper/marshal/\{id\}`
}

func helperEcho(c echo.Context) error {
	return echox.Fail(c, http.StatusNoContent, "deleted") // want `no-content-body: 204 No Content is sent with a body in DELETE /helper/echo/:id`
}

// --- negatives ---

// respond.Careful leaves the body out for 204 itself.
func helperCareful(w http.ResponseWriter, r *http.Request) {
	respond.Careful(w, http.StatusNoContent, nil)
}

func helperStatus(w http.ResponseWriter, r *http.Request) {
	respond.Status(w, http.StatusNoContent)
}
