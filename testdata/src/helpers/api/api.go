// Package api declares handlers that another package registers.
package api

import (
	"database/sql"
	"net/http"

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
