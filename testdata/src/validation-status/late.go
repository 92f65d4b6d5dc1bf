package validationstatus

import "net/http"

func lateRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /search", search)
}

// search validates a query value on a GET: there is no request content, so
// 400 is right and 422 would be wrong.
func search(w http.ResponseWriter, r *http.Request) {
	if err := validate.Var(r.URL.Query().Get("q"), "required,min=3"); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}
