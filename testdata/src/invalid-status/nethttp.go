// Package invalidstatus exercises the invalid-status rule: a constant status
// outside 100–599 given to any status API, in a handler or not.
package invalidstatus

import (
	"net/http"
)

// teapotish is a typo for 418 that no status API accepts.
const teapotish = 4180

func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /zero", zero)
	mux.HandleFunc("POST /items", createItem)
	mux.HandleFunc("/proxy", proxy)
	mux.HandleFunc("/fine", fine)
	mux.Handle("GET /gone", http.RedirectHandler("/new", 99))   // want `invalid-status: 99 is not an HTTP status code \(RFC 9110 defines 100–599\); net/http panics on it`
	mux.Handle("GET /moved", http.RedirectHandler("/new", 301)) // a valid code
}

func zero(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("neg") {
		w.WriteHeader(-1) // want `invalid-status: -1 is not an HTTP status code \(RFC 9110 defines 100–599\); net/http panics on it`
		return
	}
	w.WriteHeader(0) // want `invalid-status: 0 is not an HTTP status code \(RFC 9110 defines 100–599\); net/http panics on it`
}

func createItem(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("case") {
	case "typo":
		w.WriteHeader(2000) // want `invalid-status: 2000 is not an HTTP status code \(RFC 9110 defines 100–599\); net/http panics on it`
	case "error":
		http.Error(w, "bad", 700) // want `invalid-status: 700 is not an HTTP status code \(RFC 9110 defines 100–599\); clients reject it`
	case "redirect":
		http.Redirect(w, r, "/items", 999) // want `invalid-status: 999 is not an HTTP status code \(RFC 9110 defines 100–599\); clients reject it`
	case "named":
		w.WriteHeader(teapotish) // want `invalid-status: 4180 is not an HTTP status code \(RFC 9110 defines 100–599\); net/http panics on it`
	case "expr":
		w.WriteHeader(http.StatusOK * 10) // want `invalid-status: 2000 is not an HTTP status code`
	case "local":
		code := 1000
		w.WriteHeader(code) // want `invalid-status: 1000 is not an HTTP status code \(RFC 9110 defines 100–599\); net/http panics on it`
	case "lowest-client-rejects":
		w.WriteHeader(600) // want `invalid-status: 600 is not an HTTP status code \(RFC 9110 defines 100–599\); clients reject it`
	}
}

// fail is a helper, not a handler: its status is checked all the same.
func fail(w http.ResponseWriter, msg string) {
	http.Error(w, msg, 1000) // want `invalid-status: 1000 is not an HTTP status code \(RFC 9110 defines 100–599\); net/http panics on it`
}

// proxy copies an upstream status: not a constant, so nothing to say.
func proxy(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("http://upstream.internal" + r.URL.Path)
	if err != nil {
		fail(w, err.Error())
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}

// withCode writes whatever its caller passes.
func withCode(w http.ResponseWriter, code int) {
	w.WriteHeader(code)
}

// fine uses only codes inside 100–599, and one variable that is not constant.
func fine(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("case") {
	case "continue":
		w.WriteHeader(100)
	case "top":
		w.WriteHeader(599)
	case "teapot":
		w.WriteHeader(418)
	case "teapot-const":
		http.Error(w, "short and stout", http.StatusTeapot)
	case "unassigned-2xx":
		w.WriteHeader(299)
	case "redirect":
		http.Redirect(w, r, "/", http.StatusSeeOther)
	case "not-found":
		http.NotFound(w, r)
	case "varying":
		code := http.StatusOK
		if r.URL.Query().Has("big") {
			code = 1000 // two values: the variable is not a constant
		}
		w.WriteHeader(code)
	default:
		withCode(w, http.StatusAccepted)
	}
}
