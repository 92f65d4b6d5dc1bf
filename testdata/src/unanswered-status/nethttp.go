package unansweredstatus

import (
	"net/http"
)

func netRoutes() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /u/items/{id}", netGetItem)                             // want `unanswered-status: 401 Unauthorized is documented for GET /u/items/\{id\}, but nothing on the route answers it \(it answers 200, 404\) in openapi.yaml:7 \(GET /u/items/\{id\}\)`
	mux.HandleFunc("DELETE /u/items/{id}", netDeleteItem)                       // want `unanswered-status: 409 Conflict is documented for DELETE /u/items/\{id\}`
	mux.Handle("GET /u/admin/stats", requireUser(http.HandlerFunc(netStats)))   // the wrapper answers 401
	mux.Handle("GET /u/open/stats", unknownWrapper(http.HandlerFunc(netStats))) // a wrapper we cannot see: quiet
	http.ListenAndServe(":8080", mux)
}

func netGetItem(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "0" {
		http.Error(w, "missing", http.StatusNotFound)
		return
	}
	w.Write([]byte("item"))
}

func netDeleteItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

func netStats(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("stats"))
}

func requireUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "login", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

var unknownWrapper func(http.Handler) http.Handler
