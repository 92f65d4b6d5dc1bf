package authstatus

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

// Role is a named role type, compared with typed constants.
type Role string

const RoleAdmin Role = "admin"

// User is an authenticated principal: who it is, is known.
type User struct {
	ID    string
	Role  string
	Roles []string
}

// Member's role field has a named type.
type Member struct {
	Name string
	Role Role
}

func (u *User) IsAdmin() bool               { return u.Role == "admin" }
func (u *User) HasRole(role string) bool    { return u.Role == role }
func (u *User) CanEdit(d *Document) bool    { return d.Owner == u.ID }
func (u *User) IsOwner(d *Document) bool    { return d.Owner == u.ID }
func (u *User) HasPermission(p string) bool { return p == "" }

// Account carries its rights as fields.
type Account struct {
	Name    string
	IsAdmin bool
}

type Document struct{ ID, Owner string }

// HasRole is a predicate about a known principal.
func HasRole(u *User, role string) bool { return u.HasRole(role) }

// canEdit is an unexported CanX predicate.
func canEdit(u *User, d *Document) bool { return u.CanEdit(d) }

type ctxKey struct{}

func currentUser(r *http.Request) *User {
	u, _ := r.Context().Value(ctxKey{}).(*User)
	return u
}

func currentMember(r *http.Request) *Member {
	m, _ := r.Context().Value(ctxKey{}).(*Member)
	return m
}

func currentAccount(r *http.Request) *Account {
	a, _ := r.Context().Value(ctxKey{}).(*Account)
	return a
}

func loadDocument(id string) *Document { return &Document{ID: id} }

func passwordHash(name string) []byte { return []byte(name) }

func keyFunc(t *jwt.Token) (any, error) { return []byte("secret"), nil }

var (
	metricsKey = []byte("metrics")
	sessions   = map[string]*User{}
	allowlist  = map[string]bool{}
)

type server struct{ csrf string }

func routes(mux *http.ServeMux, s *server) {
	mux.HandleFunc("GET /admin", adminPanel)
	mux.HandleFunc("POST /posts", s.createPost)
	mux.HandleFunc("GET /reports", reports)
	mux.HandleFunc("GET /me", me)
	mux.HandleFunc("GET /basic", basic)
	mux.HandleFunc("GET /token", tokenInfo)
	mux.HandleFunc("POST /login", login)
	mux.HandleFunc("GET /metrics", metrics)
	mux.HandleFunc("GET /session", session)
	mux.Handle("GET /billing", requireAuth(http.HandlerFunc(billing)))
	mux.Handle("GET /editors", requireRole("editor")(http.HandlerFunc(billing)))
	mux.HandleFunc("PUT /docs/{id}", editDoc)
	mux.HandleFunc("DELETE /docs/{id}", deleteDoc)
	mux.HandleFunc("GET /docs/{id}/nested", nestedGuard)
	mux.HandleFunc("GET /staff", staff)
	mux.HandleFunc("GET /switch", switchGuard)
	mux.HandleFunc("GET /variable", variableStatus)

	mux.HandleFunc("GET /admin/ok", adminOK)
	mux.HandleFunc("GET /token/expired", expired)
	mux.HandleFunc("POST /login/ok", loginOK)
	mux.HandleFunc("GET /me/ok", meOK)
	mux.HandleFunc("GET /mixed", mixed)
	mux.HandleFunc("GET /mixed/401", mixed401)
	mux.HandleFunc("GET /lookup", lookup)
	mux.HandleFunc("GET /reassigned", reassigned)
	mux.HandleFunc("POST /transfer", s.transfer)
	mux.HandleFunc("GET /unguarded", unguarded)
	mux.HandleFunc("GET /header-present", headerPresent)
	mux.HandleFunc("GET /basic-disabled", basicDisabled)
	mux.HandleFunc("GET /blocked", blocked)
	mux.HandleFunc("GET /nil-or-admin", nilOrAdmin)

	mux.HandleFunc("POST /login/inline", loginInline)
	mux.HandleFunc("GET /session/no-cookie", noCookie)
	mux.HandleFunc("GET /me/len", meLen)
	mux.HandleFunc("GET /metrics/zero", metricsZero)
}

// --- 401 for a permission decision about a known principal: 403 ---

func adminPanel(w http.ResponseWriter, r *http.Request) {
	if !currentUser(r).IsAdmin() {
		w.WriteHeader(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*IsAdmin.*403 Forbidden`
		return
	}
	json.NewEncoder(w).Encode(currentUser(r))
}

// A method handler; HasRole is a free function about the user.
func (s *server) createPost(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	if !HasRole(u, "editor") {
		http.Error(w, "editors only", http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*HasRole.*403 Forbidden`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// A role field compared with a constant; a literal status stays a literal.
func reports(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	if u.Role != "admin" {
		http.Error(w, "admins only", 401) // want `auth-status: 401 Unauthorized .*Role.*403 Forbidden`
		return
	}
	w.Write([]byte("reports"))
}

// The else branch of a permission predicate.
func staff(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	if u.IsAdmin() {
		w.Write([]byte("staff area"))
	} else {
		w.WriteHeader(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*IsAdmin.*403 Forbidden`
	}
}

// The predicate's result through a variable.
func editDoc(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	doc := loadDocument(r.PathValue("id"))
	allowed := u.IsOwner(doc)
	if !allowed {
		w.WriteHeader(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*IsOwner.*403 Forbidden`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Neither predicate holds: both are permission decisions.
func deleteDoc(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	doc := loadDocument(r.PathValue("id"))
	if !(u.IsAdmin() || u.IsOwner(doc)) {
		http.Error(w, "not yours", http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*403 Forbidden`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// The innermost access guard decides: the header is present, the role is not.
func nestedGuard(w http.ResponseWriter, r *http.Request) {
	if h := r.Header.Get("Authorization"); h != "" {
		if !currentUser(r).HasPermission("docs:read") {
			w.WriteHeader(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*HasPermission.*403 Forbidden`
			return
		}
		w.Write([]byte("doc"))
		return
	}
	w.Header().Set("WWW-Authenticate", "Bearer")
	w.WriteHeader(http.StatusUnauthorized)
}

// A tagless switch: the first case is a missing user (401 is right), the
// second a permission decision.
func switchGuard(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	switch {
	case u == nil:
		w.WriteHeader(http.StatusUnauthorized)
	case !u.IsAdmin():
		w.WriteHeader(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*IsAdmin.*403 Forbidden`
	default:
		w.Write([]byte("ok"))
	}
}

// A status held in a variable is reported; the fix is left to the author.
func variableStatus(w http.ResponseWriter, r *http.Request) {
	code := http.StatusUnauthorized
	if !currentUser(r).IsAdmin() {
		w.WriteHeader(code) // want `auth-status: 401 Unauthorized .*IsAdmin.*403 Forbidden`
		return
	}
	w.Write([]byte("ok"))
}

// --- 403 for missing or invalid credentials: 401 ---

func me(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "no credentials", http.StatusForbidden) // want `auth-status: 403 Forbidden .*Authorization.*401 Unauthorized`
		return
	}
	json.NewEncoder(w).Encode(currentUser(r))
}

func basic(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok {
		w.Header().Set("WWW-Authenticate", `Basic realm="api"`)
		w.WriteHeader(http.StatusForbidden) // want `auth-status: 403 Forbidden .*BasicAuth.*401 Unauthorized`
		return
	}
	w.Write([]byte(user + pass))
}

func tokenInfo(w http.ResponseWriter, r *http.Request) {
	raw := r.URL.Query().Get("token")
	token, err := jwt.Parse(raw, keyFunc)
	if err != nil {
		w.WriteHeader(403) // want `auth-status: 403 Forbidden .*jwt\.Parse.*401 Unauthorized`
		return
	}
	if !token.Valid {
		http.Error(w, "bad token", http.StatusForbidden) // want `auth-status: 403 Forbidden .*jwt.*401 Unauthorized`
		return
	}
	json.NewEncoder(w).Encode(token.Claims)
}

func login(w http.ResponseWriter, r *http.Request) {
	name, pass := r.FormValue("user"), r.FormValue("password")
	if err := bcrypt.CompareHashAndPassword(passwordHash(name), []byte(pass)); err != nil {
		http.Error(w, "wrong password", http.StatusForbidden) // want `auth-status: 403 Forbidden .*bcrypt.*401 Unauthorized`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func metrics(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Metrics-Key")), metricsKey) != 1 {
		w.WriteHeader(http.StatusForbidden) // want `auth-status: 403 Forbidden .*ConstantTimeCompare.*401 Unauthorized`
		return
	}
	w.Write([]byte("up 1"))
}

func session(w http.ResponseWriter, r *http.Request) {
	if _, err := r.Cookie("session"); err != nil {
		http.Error(w, "log in first", http.StatusForbidden) // want `auth-status: 403 Forbidden .*Cookie.*401 Unauthorized`
		return
	}
	w.Write([]byte("session"))
}

// Middleware: the closure is the handler; the header goes through a variable.
func requireAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		if auth == "" {
			w.WriteHeader(http.StatusForbidden) // want `auth-status: 403 Forbidden .*Authorization.*401 Unauthorized`
			return
		}
		if r.Header.Get("X-API-Key") == "" {
			http.Error(w, "api key required", http.StatusForbidden) // want `auth-status: 403 Forbidden .*X-API-Key.*401 Unauthorized`
			return
		}
		next.ServeHTTP(w, r)
	})
}

// A middleware factory: the innermost closure is the handler.
func requireRole(role string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !currentUser(r).HasRole(role) {
				http.Error(w, "missing role", http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*HasRole.*403 Forbidden`
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func billing(w http.ResponseWriter, r *http.Request) { w.Write([]byte("billing")) }

// A password check whose error is compared inline.
func loginInline(w http.ResponseWriter, r *http.Request) {
	name, pass := r.FormValue("user"), r.FormValue("password")
	if bcrypt.CompareHashAndPassword(passwordHash(name), []byte(pass)) != nil {
		w.WriteHeader(http.StatusForbidden) // want `auth-status: 403 Forbidden .*bcrypt.*401 Unauthorized`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// A missing cookie named by its sentinel.
func noCookie(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session")
	if errors.Is(err, http.ErrNoCookie) {
		w.WriteHeader(http.StatusForbidden) // want `auth-status: 403 Forbidden .*(Cookie|ErrNoCookie).*401 Unauthorized`
		return
	}
	w.Write([]byte(c.Value))
}

// An empty header tested by its length.
func meLen(w http.ResponseWriter, r *http.Request) {
	auth := r.Header.Get("Authorization")
	if len(auth) == 0 {
		w.WriteHeader(http.StatusForbidden) // want `auth-status: 403 Forbidden .*Authorization.*401 Unauthorized`
		return
	}
	w.Write([]byte("me"))
}

// ConstantTimeCompare returns 1 or 0: == 0 is != 1.
func metricsZero(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Metrics-Key")), metricsKey) == 0 {
		w.WriteHeader(http.StatusForbidden) // want `auth-status: 403 Forbidden .*ConstantTimeCompare.*401 Unauthorized`
		return
	}
	w.Write([]byte("up 1"))
}

// --- quiet ---

// 403 for an authenticated user without the role is right.
func adminOK(w http.ResponseWriter, r *http.Request) {
	if !currentUser(r).IsAdmin() {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	w.Write([]byte("admin"))
}

// An expired or otherwise invalid token is 401.
func expired(w http.ResponseWriter, r *http.Request) {
	token, err := jwt.Parse(r.Header.Get("Authorization"), keyFunc)
	if err != nil {
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
		http.Error(w, "token expired", http.StatusUnauthorized)
		return
	}
	if !token.Valid {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.Write([]byte("ok"))
}

// 401 after a failed password check is right.
func loginOK(w http.ResponseWriter, r *http.Request) {
	name, pass := r.FormValue("user"), r.FormValue("password")
	if err := bcrypt.CompareHashAndPassword(passwordHash(name), []byte(pass)); err != nil {
		http.Error(w, "wrong password", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// 401 for a missing Authorization header is right.
func meOK(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", "Bearer")
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Metrics-Key")), metricsKey) != 1 {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.Write([]byte("me"))
}

// A guard that mixes both kinds stays quiet, whichever code it answers.
func mixed(w http.ResponseWriter, r *http.Request) {
	token := r.Header.Get("Authorization")
	acct := currentAccount(r)
	if token == "" || !acct.IsAdmin {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	w.Write([]byte("ok"))
}

func mixed401(w http.ResponseWriter, r *http.Request) {
	token := r.Header.Get("Authorization")
	acct := currentAccount(r)
	if token == "" || !acct.IsAdmin {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.Write([]byte("ok"))
}

// A guard we cannot name: ok comes from a map lookup.
func lookup(w http.ResponseWriter, r *http.Request) {
	u, ok := sessions[r.URL.Query().Get("sid")]
	if !ok {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	json.NewEncoder(w).Encode(u)
}

// ok was r.BasicAuth's, but the map lookup assigned it last.
func reassigned(w http.ResponseWriter, r *http.Request) {
	_, _, ok := r.BasicAuth()
	_ = ok
	_, ok = allowlist[r.RemoteAddr]
	if !ok {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	w.Write([]byte("ok"))
}

// A CSRF check failure is 403.
func (s *server) transfer(w http.ResponseWriter, r *http.Request) {
	expected := s.csrf
	if r.Header.Get("X-CSRF-Token") != expected {
		http.Error(w, "bad csrf token", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// The guard is over before the status: no guard on its path.
func unguarded(w http.ResponseWriter, r *http.Request) {
	if !currentUser(r).IsAdmin() {
		w.Header().Set("X-Admin", "no")
	}
	w.WriteHeader(http.StatusUnauthorized)
}

// The header is present on this branch: not a missing credential.
func headerPresent(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "" {
		http.Error(w, "use the session cookie", http.StatusForbidden)
		return
	}
	w.Write([]byte("ok"))
}

// Basic credentials were given, and this endpoint refuses them.
func basicDisabled(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := r.BasicAuth(); ok {
		http.Error(w, "basic auth is disabled", http.StatusForbidden)
		return
	}
	w.Write([]byte("ok"))
}

func isBlocked(addr string) bool { return addr == "" }

// Not an access guard we can name.
func blocked(w http.ResponseWriter, r *http.Request) {
	if isBlocked(r.RemoteAddr) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	w.Write([]byte("ok"))
}

// Either no user (401) or not an admin (403): one answer cannot be right for
// both, and the rule cannot say which one happened.
func nilOrAdmin(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	if u == nil || !u.IsAdmin() {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.Write([]byte("ok"))
}
