// Package api declares handlers that another package registers.
package api

import (
	"database/sql"
	"errors"
	"net/http"

	"github.com/go-playground/validator/v10"

	"statuslint.test/src/helpers/respond"
)

// CreateWidget answers 201.
func CreateWidget(w http.ResponseWriter, r *http.Request) { // want CreateWidget:`fixedStatus\(201 body ends\)` CreateWidget:`handler\(201\)`
	respond.JSON(w, http.StatusCreated, map[string]string{"id": "1"})
}

// Handler holds the handlers' dependencies.
type Handler struct{ DB *sql.DB }

// Archive answers 201 when asked to POST and 200 otherwise.
func (h *Handler) Archive(w http.ResponseWriter, r *http.Request) { // want Archive:`choosesStatus\(\)` Archive:`handler\(201\[POST\] 200\[[^]]*\]\)`
	if r.Method == http.MethodPost {
		w.WriteHeader(http.StatusCreated)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// DeleteWidget is a handler factory.
func DeleteWidget(db *sql.DB) http.HandlerFunc { // want DeleteWidget:`handler\(201\)`
	return func(w http.ResponseWriter, r *http.Request) {
		respond.JSON(w, http.StatusCreated, nil)
	}
}

// ClearCache answers 200 with no body.
func ClearCache(w http.ResponseWriter, r *http.Request) { // want ClearCache:`fixedStatus\(200\)` ClearCache:`handler\(200\)`
	respond.Status(w, http.StatusOK)
}

// CreateLocated says where the new widget is.
func CreateLocated(w http.ResponseWriter, r *http.Request) { // want CreateLocated:`fixedStatus\(201 body ends\) headers\[content-type location\]` CreateLocated:`handler\(201\)`
	w.Header().Set("Location", "/widgets/1")
	respond.JSON(w, http.StatusCreated, nil)
}

// GetWidget answers 500 when the widget is not there: wrong for a GET,
// which its registering package says it is.
func (h *Handler) GetWidget(w http.ResponseWriter, r *http.Request) { // want GetWidget:`choosesStatus\(body ends\)` GetWidget:`handler\(500\{sql\.ErrNoRows\} 500\{sql\.Row\.Scan\} 200\)`
	var name string
	err := h.DB.QueryRowContext(r.Context(), "SELECT name FROM widgets WHERE id = ?", r.PathValue("id")).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "no such widget", http.StatusInternalServerError)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	w.Write([]byte(name))
}

// Login answers 400 when the account is not there: the missing row was
// named in the body of a POST, not by the URL.
func (h *Handler) Login(w http.ResponseWriter, r *http.Request) { // want Login:`choosesStatus\(\)` Login:`handler\(400\{sql\.ErrNoRows\} 204\)`
	var id int
	err := h.DB.QueryRowContext(r.Context(), "SELECT id FROM users WHERE name = ?", r.FormValue("user")).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// GuardedWidget answers only GET, and 500 when the widget is not there:
// its own guard decides the method, so its own package reports it.
func (h *Handler) GuardedWidget(w http.ResponseWriter, r *http.Request) { // want GuardedWidget:`choosesStatus\(\)` GuardedWidget:`handler\(405\[[^]]*\] 500\[GET, HEAD\]\{sql\.ErrNoRows\} 200\[GET, HEAD\]\)`
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	var name string
	err := h.DB.QueryRowContext(r.Context(), "SELECT name FROM widgets WHERE id = ?", r.PathValue("id")).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

var validate = validator.New()

// RenameWidget validates a form value and answers 400 when it is not
// valid: request content, when the route says the method has some.
func RenameWidget(w http.ResponseWriter, r *http.Request) { // want RenameWidget:`choosesStatus\(ends\)` RenameWidget:`handler\(400\{validator\.Validate\.Var\} 204\)`
	if err := validate.Var(r.FormValue("name"), "required,alphanum"); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
