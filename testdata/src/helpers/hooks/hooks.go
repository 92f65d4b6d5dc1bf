// Package hooks declares handlers behind interfaces: Handler has one
// implementation here, so its methods carry that handler's summary;
// Store has two and stays unresolved.
package hooks

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Handler is what New returns; *webhooks is its only implementation.
type Handler interface {
	List(c echo.Context) error // want List:`handler\(201\)`
}

func New() Handler { return &webhooks{} }

type webhooks struct{}

func (h *webhooks) List(c echo.Context) error { // want List:`fixedStatus\(201 body ends\)` List:`handler\(201\)`
	return c.JSON(http.StatusCreated, []string{})
}

// Store has two implementations: a route given its method is not resolved.
type Store interface {
	Items(c echo.Context) error
}

func NewStore(mem bool) Store {
	if mem {
		return memStore{}
	}
	return sqlStore{}
}

type memStore struct{}

func (memStore) Items(c echo.Context) error { // want Items:`fixedStatus\(201 body ends\)` Items:`handler\(201\)`
	return c.JSON(http.StatusCreated, []string{})
}

type sqlStore struct{}

func (sqlStore) Items(c echo.Context) error { // want Items:`fixedStatus\(201 body ends\)` Items:`handler\(201\)`
	return c.JSON(http.StatusCreated, []string{})
}
