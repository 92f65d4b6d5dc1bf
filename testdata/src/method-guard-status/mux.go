package methodguardstatus

import (
	"encoding/json"
	nethttp "net/http"

	"github.com/gorilla/mux"
)

type report struct{ ID string }

// reportAPI is a handler value: its ServeHTTP is the handler.
type reportAPI struct{}

func muxRoutes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/reports/upload", muxUpload)
	r.HandleFunc("/reports/run", muxRun).Methods("GET", "POST")
	r.Handle("/reports/api", reportAPI{})

	r.HandleFunc("/reports/{id}", muxReport).Methods("GET", "DELETE")
	r.HandleFunc("/reports", muxCreateReport).Methods(nethttp.MethodPost)
	return r
}

// The file imports net/http as nethttp: the fix keeps the alias.
func muxUpload(w nethttp.ResponseWriter, r *nethttp.Request) {
	if r.Method != nethttp.MethodPost {
		nethttp.Error(w, "POST only", nethttp.StatusBadRequest) // want `method-guard-status: 400 Bad Request rejects .*; the handler serves only POST, and a wrong method is 405 Method Not Allowed`
		return
	}
	w.WriteHeader(nethttp.StatusNoContent)
}

// Registered for GET and POST, and then GET is turned away.
func muxRun(w nethttp.ResponseWriter, r *nethttp.Request) {
	if r.Method == nethttp.MethodGet {
		nethttp.Error(w, "use POST", nethttp.StatusBadRequest) // want `method-guard-status: 400 Bad Request rejects GET; the handler serves only POST, and a wrong method is 405`
		return
	}
	json.NewEncoder(w).Encode(report{})
}

func (reportAPI) ServeHTTP(w nethttp.ResponseWriter, r *nethttp.Request) {
	switch r.Method {
	case nethttp.MethodGet:
		json.NewEncoder(w).Encode([]report{})
	case nethttp.MethodPost:
		w.WriteHeader(nethttp.StatusCreated)
	default:
		w.WriteHeader(nethttp.StatusNotFound) // want `method-guard-status: 404 Not Found rejects .*; the handler serves only GET/POST, and a wrong method is 405`
	}
}

// --- quiet ---

func muxReport(w nethttp.ResponseWriter, r *nethttp.Request) {
	switch r.Method {
	case nethttp.MethodGet:
		if mux.Vars(r)["id"] == "missing" {
			w.WriteHeader(nethttp.StatusNotFound)
			return
		}
		json.NewEncoder(w).Encode(report{})
	case nethttp.MethodDelete:
		w.WriteHeader(nethttp.StatusNoContent)
	}
}

func muxCreateReport(w nethttp.ResponseWriter, r *nethttp.Request) {
	var rep report
	if err := json.NewDecoder(r.Body).Decode(&rep); err != nil {
		nethttp.Error(w, "bad json", nethttp.StatusBadRequest)
		return
	}
	w.WriteHeader(nethttp.StatusCreated)
}
