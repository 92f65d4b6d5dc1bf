// Package redirectstatus exercises the redirect-status rule: a redirect whose
// code is not 300, 301, 302, 303, 307 or 308. The fix is 303 See Other when
// every method that reaches the redirect is unsafe, else 302 Found, written
// the way the user wrote the code.
package redirectstatus

import (
	"net/http"
)

func routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /login", login)
	mux.HandleFunc("GET /account", account)
	mux.HandleFunc("DELETE /sessions", logout)
	mux.HandleFunc("/moved", moved)
	mux.HandleFunc("/submit", submit)
	mux.HandleFunc("GET /fine", fine)
	mux.HandleFunc("POST /fine", fine)
	mux.HandleFunc("GET /either", either)
	mux.HandleFunc("POST /either", either)
	mux.Handle("POST /feedback", thanksAfter("/thanks"))
	mux.Handle("GET /old", http.RedirectHandler("/new", http.StatusOK)) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 302 Found$`
	mux.Handle("GET /older", http.RedirectHandler("/new", http.StatusMovedPermanently))
	mux.Handle("GET /oldest", http.RedirectHandler("/new", 308))
}

// login answers a POST: the browser must GET the next page, so 303.
func login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/account", http.StatusOK) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers POST\)`
}

// account answers GET (and HEAD): 302.
func account(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("session") == "" {
		http.Redirect(w, r, "/login", 200) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 302 Found$`
		return
	}
	if r.URL.Query().Has("cached") {
		http.Redirect(w, r, "/home", http.StatusNotModified) // want `redirect-status: 304 Not Modified is not a redirection, so the client does not follow the Location; use 302 Found$`
		return
	}
	http.Redirect(w, r, "/home", 999) // want `redirect-status: 999 is not a redirection, so the client does not follow the Location; use 302 Found$`
}

func logout(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusUseProxy) // want `redirect-status: 305 Use Proxy is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers DELETE\)`
}

// moved has no method on its route: the switch decides.
func moved(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodPost, http.MethodPut:
		http.Redirect(w, r, "/new", http.StatusCreated) // want `redirect-status: 201 Created is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers POST/PUT\)`
	case http.MethodGet:
		http.Redirect(w, r, "/new", http.StatusAccepted) // want `redirect-status: 202 Accepted is not a redirection, so the client does not follow the Location; use 302 Found$`
	default:
		http.Redirect(w, r, "/new", 204) // want `redirect-status: 204 No Content is not a redirection, so the client does not follow the Location; use 302 Found$`
	}
}

// submit guards its method itself.
func submit(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if r.URL.Query().Has("var") {
		code := http.StatusOK                // a variable: reported, but the fix belongs at its definition
		http.Redirect(w, r, "/thanks", code) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers POST\)`
		return
	}
	http.Redirect(w, r, "/thanks", http.StatusOK) // want `redirect-status: 200 OK is not a redirection.*use 303 See Other \(the redirect answers POST\)`
}

// either is registered for GET and for POST: a GET may reach it, so 302.
func either(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", 306) // want `redirect-status: 306 is not a redirection, so the client does not follow the Location; use 302 Found$`
}

// thanksAfter is a factory: the handler it returns serves POST /feedback.
func thanksAfter(to string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, to, http.StatusOK) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers POST\)`
	}
}

// toLogin is a helper, not a handler: its method is unknown, so 302.
func toLogin(w http.ResponseWriter, r *http.Request, next string) {
	http.Redirect(w, r, "/login?next="+next, http.StatusOK) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 302 Found$`
}

// redirectTo passes its caller's code on: not a constant, nothing to say.
func redirectTo(w http.ResponseWriter, r *http.Request, url string, code int) {
	http.Redirect(w, r, url, code)
}

// fine redirects with every redirection code.
func fine(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("case") {
	case "300":
		http.Redirect(w, r, "/choices", http.StatusMultipleChoices)
	case "301":
		http.Redirect(w, r, "/new", 301)
	case "302":
		http.Redirect(w, r, "/new", http.StatusFound)
	case "303":
		http.Redirect(w, r, "/new", http.StatusSeeOther)
	case "307":
		http.Redirect(w, r, "/new", 307)
	case "308":
		http.Redirect(w, r, "/new", http.StatusPermanentRedirect)
	case "login":
		toLogin(w, r, "/fine")
	case "varying":
		code := http.StatusFound
		if r.URL.Query().Has("permanent") {
			code = http.StatusOK // two values: not a constant
		}
		http.Redirect(w, r, "/new", code)
	default:
		redirectTo(w, r, "/new", http.StatusTemporaryRedirect)
	}
}
