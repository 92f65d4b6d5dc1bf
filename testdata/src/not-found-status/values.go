package notfoundstatus

import (
	"database/sql"
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
	"statuslint.test/src/helpers/apperr"
)

// Statuses as values: an error literal whose status field package apperr
// writes (apperr.Write passes Code to http.Error).

type bookStore struct{ db *sql.DB }

func valueRoutes(mux *http.ServeMux, s *bookStore, e *echo.Echo) {
	mux.Handle("GET /value/books/{id}", apperr.Handler(s.getBook))
	mux.Handle("GET /value/books/{id}/ok", apperr.Handler(s.getBookOK))
	mux.Handle("GET /value/books/{id}/number", apperr.Handler(s.getBookNumber))
	e.GET("/value/literal/:id", func(c echo.Context) error {
		var title string
		err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", c.Param("id")).Scan(&title)
		if errors.Is(err, sql.ErrNoRows) {
			return &echo.HTTPError{Code: http.StatusInternalServerError, Message: "no book"} // want `not-found-status: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET /value/literal/:id`
		}
		return c.JSON(http.StatusOK, title)
	})
	e.GET("/value/stored/:id", func(c echo.Context) error {
		var title string
		err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", c.Param("id")).Scan(&title)
		if errors.Is(err, sql.ErrNoRows) {
			// stored in the context, not returned: not a response
			c.Set("error", echo.NewHTTPError(http.StatusInternalServerError, "no book"))
			return c.NoContent(http.StatusNotFound)
		}
		return c.JSON(http.StatusOK, title)
	})
}

func (s *bookStore) getBook(w http.ResponseWriter, r *http.Request) error {
	var title string
	err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&title)
	if errors.Is(err, sql.ErrNoRows) {
		return &apperr.Error{Code: http.StatusInternalServerError, Msg: "no book"} // want `not-found-status: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET /value/books/\{id\}`
	}
	if err != nil {
		return err
	}
	w.Write([]byte(title))
	return nil
}

// --- negatives ---

func (s *bookStore) getBookOK(w http.ResponseWriter, r *http.Request) error {
	var title string
	err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&title)
	if errors.Is(err, sql.ErrNoRows) {
		return &apperr.Error{Code: http.StatusNotFound, Msg: "no book"}
	}
	if err != nil {
		return err
	}
	w.Write([]byte(title))
	return nil
}

// Info.Number is an application error number, not a status.
func (s *bookStore) getBookNumber(w http.ResponseWriter, r *http.Request) error {
	var title string
	err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&title)
	if errors.Is(err, sql.ErrNoRows) {
		return &apperr.Info{Number: 500, Msg: "no book"}
	}
	w.Write([]byte(title))
	return nil
}
