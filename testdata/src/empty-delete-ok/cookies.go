package emptydeleteok

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

// http.SetCookie only sets the Set-Cookie header: a DELETE that clears a
// cookie and answers an empty 200 is like any other.

func cookieRoutes(mux *http.ServeMux) http.Handler {
	mux.HandleFunc("DELETE /session", deleteSession)
	mux.HandleFunc("DELETE /session/report", deleteSessionReport)
	mux.Handle("DELETE /session/wrapped", withSession(http.HandlerFunc(deleteSessionQuiet)))
	r := chi.NewRouter()
	r.Delete("/prefs/{id}", chiDeletePrefs)
	return r
}

var expired = &http.Cookie{Name: "session", Value: "", Path: "/", MaxAge: -1}

// --- positives ---

func deleteSession(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, expired)
	w.WriteHeader(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /session; a DELETE with nothing to return is 204 No Content`
}

func chiDeletePrefs(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "prefs-" + chi.URLParam(r, "id"), MaxAge: -1})
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /prefs/\{id\}`
}

// --- negatives ---

func deleteSessionReport(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, expired)
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(map[string]bool{"signedOut": true})
}

func deleteSessionQuiet(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, expired)
	w.WriteHeader(http.StatusNoContent)
}

// A middleware that sets a cookie and hands on: the next handler answers.
func withSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "seen", Value: "1"})
		next.ServeHTTP(w, r)
	})
}
