package unauthorizedchallenge

import (
	"encoding/json"
	"net/http"
	"strings"
)

type account struct{ ID string }

type authServer struct{ realm string }

const wwwAuthenticate = "WWW-Authenticate"

func routes(mux *http.ServeMux, s *authServer) {
	mux.HandleFunc("GET /me", me)
	mux.HandleFunc("GET /account", s.account)
	mux.Handle("GET /admin", requireToken(http.HandlerFunc(admin)))
	mux.HandleFunc("GET /late", lateChallenge)
	mux.HandleFunc("GET /other-branch", s.otherBranch)
	mux.HandleFunc("GET /request-header", requestHeader)
	mux.HandleFunc("GET /wrong-header", wrongHeader)
	mux.HandleFunc("GET /inline", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(401) // want `unauthorized-challenge: 401 Unauthorized in GET /inline has no WWW-Authenticate header`
			return
		}
		json.NewEncoder(w).Encode(account{})
	})

	mux.HandleFunc("GET /basic", basicAuth)
	mux.HandleFunc("GET /bearer", s.bearer)
	mux.HandleFunc("GET /some-path", s.somePath)
	mux.HandleFunc("GET /both-paths", bothPaths)
	mux.HandleFunc("GET /helper", s.viaHelper)
	mux.HandleFunc("GET /held", heldHeader)
	mux.HandleFunc("GET /added", addedHeader)
	mux.HandleFunc("GET /const", constKey)
	mux.HandleFunc("GET /map", exactCase)
	mux.HandleFunc("GET /forbidden", forbidden)
	mux.HandleFunc("GET /sent", alreadySent)
}

func me(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := r.BasicAuth(); !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in GET /me has no WWW-Authenticate header; RFC 9110 requires the challenge`
		return
	}
	json.NewEncoder(w).Encode(account{})
}

// A method value.
func (s *authServer) account(w http.ResponseWriter, r *http.Request) {
	token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if token == "" {
		w.WriteHeader(http.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in GET /account has no WWW-Authenticate header`
		return
	}
	json.NewEncoder(w).Encode(account{ID: token})
}

// Middleware from a factory: its closure is a handler.
func requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "token required", http.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in .* has no WWW-Authenticate header`
			return
		}
		next.ServeHTTP(w, r)
	})
}

func admin(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(account{ID: "admin"})
}

// The challenge is set after the header was sent: it never reaches the client.
func lateChallenge(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.WriteHeader(http.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in GET /late has no WWW-Authenticate header`
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		return
	}
	json.NewEncoder(w).Encode(account{})
}

// The challenge is set on another branch, not on the path to this 401.
func (s *authServer) otherBranch(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok {
		w.Header().Set("WWW-Authenticate", `Basic realm="`+s.realm+`"`)
		http.Error(w, "credentials required", http.StatusUnauthorized)
		return
	}
	if user != "admin" || pass != "secret" {
		http.Error(w, "bad credentials", http.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in GET /other-branch has no WWW-Authenticate header`
		return
	}
	json.NewEncoder(w).Encode(account{ID: user})
}

// r.Header is the request's header, not the response's.
func requestHeader(w http.ResponseWriter, r *http.Request) {
	r.Header.Set("WWW-Authenticate", "Bearer")
	http.Error(w, "unauthorized", http.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in GET /request-header has no WWW-Authenticate header`
}

// Some other header is no challenge.
func wrongHeader(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Auth-Error", "expired")
	w.Header().Set("Content-Type", "application/json")
	status := http.StatusUnauthorized
	w.WriteHeader(status) // want `unauthorized-challenge: 401 Unauthorized in GET /wrong-header has no WWW-Authenticate header`
	json.NewEncoder(w).Encode(map[string]string{"error": "expired"})
}

// --- quiet ---

func basicAuth(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := r.BasicAuth(); !ok {
		w.Header().Set("WWW-Authenticate", `Basic realm="api", charset="UTF-8"`)
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	json.NewEncoder(w).Encode(account{})
}

// The challenge is set before the branch: it is on every path to the 401.
func (s *authServer) bearer(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="`+s.realm+`"`)
	if r.Header.Get("Authorization") == "" {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	json.NewEncoder(w).Encode(account{})
}

// Set on some path to the 401: the rule asks for none at all.
func (s *authServer) somePath(w http.ResponseWriter, r *http.Request) {
	if s.realm != "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="`+s.realm+`"`)
	}
	http.Error(w, "unauthorized", http.StatusUnauthorized)
}

func bothPaths(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.Header.Get("Authorization"), "Basic ") {
		w.Header().Set("WWW-Authenticate", "Basic")
	} else {
		w.Header().Set("WWW-Authenticate", "Bearer")
	}
	w.WriteHeader(http.StatusUnauthorized)
}

// A helper that is given the writer may set the challenge.
func (s *authServer) viaHelper(w http.ResponseWriter, r *http.Request) {
	s.challenge(w)
	http.Error(w, "unauthorized", http.StatusUnauthorized)
}

func (s *authServer) challenge(w http.ResponseWriter) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="`+s.realm+`"`)
}

// The header map held in a variable.
func heldHeader(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("WWW-Authenticate", "Bearer")
	w.WriteHeader(http.StatusUnauthorized)
}

func addedHeader(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("WWW-Authenticate", "Basic")
	w.Header().Add("WWW-Authenticate", "Bearer")
	w.WriteHeader(401)
}

// A named constant for the key, and a key in another case.
func constKey(w http.ResponseWriter, r *http.Request) {
	w.Header().Set(wwwAuthenticate, "Bearer")
	if r.URL.Query().Has("v2") {
		w.Header().Set("www-authenticate", "Bearer")
	}
	http.Error(w, "unauthorized", http.StatusUnauthorized)
}

// Assigning the map entry keeps the key's exact spelling; it is still the challenge.
func exactCase(w http.ResponseWriter, r *http.Request) {
	w.Header()["WWW-Authenticate"] = []string{`Bearer realm="api"`}
	w.WriteHeader(http.StatusUnauthorized)
}

// 403 needs no challenge.
func forbidden(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "forbidden", http.StatusForbidden)
}

// The 401 comes after the body: the client got a 200, and
// superfluous-status says so.
func alreadySent(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(account{})
	w.WriteHeader(http.StatusUnauthorized)
}

// --- 401s that are the wrong code: other rules say what they should be ---

type principal struct {
	Name    string
	IsAdmin bool
}

func currentUser(r *http.Request) *principal { return &principal{} }

type loginRequest struct{ User, Password string }

func wrongCodeRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /admin-only", adminOnly)
	mux.HandleFunc("POST /login", badBody)
	mux.HandleFunc("POST /login/checked", decodedThenChecked)
}

// A known user without permission: auth-status asks for 403, not a challenge.
func adminOnly(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	if !u.IsAdmin {
		http.Error(w, "admins only", http.StatusUnauthorized)
		return
	}
	json.NewEncoder(w).Encode(account{ID: u.Name})
}

// A body that could not be read is a 400, not a missing credential.
func badBody(w http.ResponseWriter, r *http.Request) {
	var req loginRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusUnauthorized)
		return
	}
	json.NewEncoder(w).Encode(account{ID: req.User})
}

// Past the decode, a failed credential check is a 401 that needs its challenge.
func decodedThenChecked(w http.ResponseWriter, r *http.Request) {
	var req loginRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if req.Password == "" {
		http.Error(w, "password required", http.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in POST /login/checked has no WWW-Authenticate header`
		return
	}
	json.NewEncoder(w).Encode(account{ID: req.User})
}
