// Package suppress tests //statuslint:ignore directives.
package suppress

import "net/http"

func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /a", a)
	mux.HandleFunc("GET /b", b)
	mux.HandleFunc("GET /c", c)
}

func a(w http.ResponseWriter, r *http.Request) {
	//statuslint:ignore method-status the legacy client expects 201 here
	w.WriteHeader(http.StatusCreated)
	w.WriteHeader(http.StatusCreated) //statuslint:ignore method-status,superfluous-status kept for the legacy client
}

func b(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) //statuslint:ignore method-status // want `ignore-directive: //statuslint:ignore method-status needs a reason after the rule names` `method-status: 201 Created answers GET /b`
	//statuslint:ignore no-such-rule because // want `ignore-directive: //statuslint:ignore names unknown rule "no-such-rule"; valid rules: method-status, `
	w.WriteHeader(http.StatusOK) // want `superfluous-status: 200 OK is set after the header was already sent`
}

func c(w http.ResponseWriter, r *http.Request) {
	//statuslint:ignore missing-return nothing to silence here // want `ignore-directive: //statuslint:ignore missing-return silences nothing here; remove it`
	w.WriteHeader(http.StatusNoContent)
}
