// Package missingreturn tests the missing-return rule: a complete response
// after which every path goes on to write another response.
package missingreturn

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	h2 "net/http"
	"strconv"
)

type item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type server struct{ db *sql.DB }

func routes(s *server) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /items", decodeError)
	mux.HandleFunc("GET /items/{id}", s.getItem) // a method value
	mux.Handle("PUT /items/{id}", updateItem(s.db))
	mux.HandleFunc("GET /renamed", renamed)
	return mux
}

// --- positives ---

func decodeError(w http.ResponseWriter, r *http.Request) {
	var it item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `missing-return: http\.Error completes the response in decodeError but the handler goes on to write another one; return after it`
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(it)
}

func (s *server) getItem(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.NotFound(w, r) // want `missing-return: http\.NotFound completes the response in server\.getItem`
	}
	var it item
	err = s.db.QueryRow("SELECT id, name FROM items WHERE id = ?", id).Scan(&it.ID, &it.Name)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "no such item", http.StatusNotFound) // want `missing-return: http\.Error completes the response in server\.getItem`
	} else if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `missing-return: http\.Error completes the response in server\.getItem`
	}
	json.NewEncoder(w).Encode(it)
}

func redirectThenBody(w http.ResponseWriter, r *http.Request) {
	if _, err := r.Cookie("session"); err != nil {
		http.Redirect(w, r, "/login", http.StatusFound) // want `missing-return: http\.Redirect completes the response in redirectThenBody`
	}
	fmt.Fprintln(w, "welcome back")
}

// Not in a branch at all: the body after the redirect is a second answer.
func sequential(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/v2"+r.URL.Path, http.StatusMovedPermanently) // want `missing-return: http\.Redirect completes the response in sequential`
	w.Write([]byte("moved"))
}

// A handler built by a factory.
func updateItem(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var it item
		if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
			if errors.Is(err, http.ErrBodyReadAfterClose) {
				http.Error(w, "body closed", http.StatusBadRequest) // want `missing-return: http\.Error completes the response in updateItem\.func`
			}
		}
		if _, err := db.Exec("UPDATE items SET name = ? WHERE id = ?", it.Name, r.PathValue("id")); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError) // want `missing-return: http\.Error completes the response in updateItem\.func`
		}
		w.WriteHeader(http.StatusNoContent)
	}
}

// A renamed import of net/http.
func renamed(w h2.ResponseWriter, r *h2.Request) {
	if r.URL.Query().Get("q") == "" {
		h2.Error(w, "missing q", h2.StatusBadRequest) // want `missing-return: h2\.Error completes the response in renamed`
	}
	w.Write([]byte("results"))
}

func switchCaseFallsOut(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("format") {
	case "json", "":
	case "xml":
		http.Error(w, "xml is gone", http.StatusGone) // want `missing-return: http\.Error completes the response in switchCaseFallsOut`
	default:
		http.Error(w, "unknown format", http.StatusBadRequest) // want `missing-return: http\.Error completes the response in switchCaseFallsOut`
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode([]item{})
}

// Every iteration that reports an error goes on; after the loop the
// handler writes the list.
func errorInLoop(w http.ResponseWriter, r *http.Request) {
	ids := r.URL.Query()["id"]
	for _, id := range ids {
		if _, err := strconv.Atoi(id); err != nil {
			http.Error(w, "bad id "+id, http.StatusBadRequest) // want `missing-return: http\.Error completes the response in errorInLoop`
		}
	}
	json.NewEncoder(w).Encode(ids)
}

// The fix returns after the logging, which belongs to the error answer.
func logThenFallThrough(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		http.Error(w, "n must be a number", http.StatusBadRequest) // want `missing-return: http\.Error completes the response in logThenFallThrough`
		log.Printf("bad n: %v", err)
	}
	fmt.Fprintf(w, "n=%d", n)
}

// --- negatives ---

// go-critic#1449: nothing follows the if.
func lastStatement(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(item{}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func withReturn(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		http.Error(w, "empty body", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func ifElse(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.NotFound(w, r)
	} else {
		w.Write([]byte("found"))
	}
}

func eachCaseAnswers(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	switch {
	case err != nil:
		http.Error(w, err.Error(), http.StatusBadRequest)
	case id == 0:
		http.NotFound(w, r)
	default:
		json.NewEncoder(w).Encode(item{ID: id})
	}
}

// Only logging follows the response.
func logAfter(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		log.Printf("parse form: %v", err)
	}
}

// The later write is guarded by the opposite condition: it is not on every path.
func oppositeGuard(w http.ResponseWriter, r *http.Request) {
	data, err := json.Marshal(item{ID: 1})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
	if err == nil {
		w.Write(data)
	}
}

// A later write on some paths only.
func laterWriteMaybe(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
	}
	if r.URL.Query().Has("verbose") {
		fmt.Fprintln(w, "details")
	}
}

// Server-sent events: many writes, each flushed.
func events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	for i := 0; ; i++ {
		select {
		case <-r.Context().Done():
			return
		default:
		}
		fmt.Fprintf(w, "data: %d\n\n", i)
		flusher.Flush()
	}
}

// A loop that returns after the error.
func loopWithReturn(w http.ResponseWriter, r *http.Request) {
	for _, id := range r.URL.Query()["id"] {
		if _, err := strconv.Atoi(id); err != nil {
			http.Error(w, "bad id "+id, http.StatusBadRequest)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// panic ends the handler.
func panicsAfter(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Abort") != "" {
		http.Error(w, "aborted", http.StatusServiceUnavailable)
		panic(http.ErrAbortHandler)
	}
	w.Write([]byte("ok"))
}

// Middleware answers or hands on, never both.
func auth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Vary", "Authorization")
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// A proxy copies the upstream headers, then the status, then the body.
func proxy(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("http://upstream.internal" + r.URL.Path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	for k, vs := range resp.Header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	w.WriteHeader(resp.StatusCode)
	json.NewEncoder(w).Encode(resp.Header)
}

// A status alone does not complete the response.
func statusThenBody(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		w.WriteHeader(http.StatusCreated)
	}
	w.Write([]byte("saved"))
}

// --- a test repeated after a branch that returned ---

// err == nil on every path after the first branch: the second is dead
// code, and its write without a return is no finding.
func retestDead(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
	}
	fmt.Fprintf(w, "item %d", id)
}

// The first branch goes on: the second test is reachable.
func retestLive(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		log.Printf("bad id: %v", err)
	}
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest) // want `missing-return: http\.Error completes the response in retestLive`
	}
	fmt.Fprintf(w, "item %d", id)
}

// A loop assigns err again before each test.
func retestLoop(w http.ResponseWriter, r *http.Request) {
	var err error
	for _, s := range r.URL.Query()["id"] {
		if err != nil {
			http.Error(w, "bad id", http.StatusBadRequest) // want `missing-return: http\.Error completes the response in retestLoop`
		}
		_, err = strconv.Atoi(s)
		if err != nil {
			continue
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
