package fixme

import "net/http"

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /thing", get)
}

func get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("x") == "" {
		http.Error(w, "x required", http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusCreated)
}
