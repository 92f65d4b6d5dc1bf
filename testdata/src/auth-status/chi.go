package authstatus

import (
	"net/http"
	"slices"

	casb "github.com/casbin/casbin/v2"
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type policyServer struct{ enf *casb.Enforcer }

func chiRoutes(s *policyServer) http.Handler {
	r := chi.NewRouter()
	r.Get("/policies/{id}", s.getPolicy)
	r.Post("/policies", s.createPolicy)
	r.With(chiAPIKey).Get("/keys", chiKeys)
	r.Route("/roles", func(r chi.Router) {
		r.Get("/", chiListRoles)
		r.Delete("/{id}", chiDeleteRole)
	})
	r.Get("/switch", chiSwitchRole)
	r.Get("/roles-field", chiRolesField)
	r.Get("/inline", func(w http.ResponseWriter, r *http.Request) {
		if !currentUser(r).HasRole("auditor") {
			render.Status(r, http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*HasRole.*403 Forbidden`
			render.JSON(w, r, map[string]string{"error": "auditors only"})
			return
		}
		render.JSON(w, r, []string{})
	})

	r.Get("/policies/{id}/ok", s.getPolicyOK)
	r.Get("/policies/{id}/error", s.enforceError)
	r.Get("/login", chiLogin)
	r.Get("/keys/ok", chiKeysOK)
	return r
}

// casbin Enforce denied: a permission decision; render.Status sets the code.
func (s *policyServer) getPolicy(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	ok, _ := s.enf.Enforce(u.ID, r.URL.Path, r.Method)
	if !ok {
		render.Status(r, http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*(casbin|Enforce).*403 Forbidden`
		render.JSON(w, r, map[string]string{"error": "denied"})
		return
	}
	render.JSON(w, r, map[string]string{"id": chi.URLParam(r, "id")})
}

// Enforce called in the condition itself.
func (s *policyServer) createPolicy(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	if ok, err := s.enf.Enforce(u.ID, "policies", "write"); err == nil && !ok {
		http.Error(w, "denied", 401) // want `auth-status: 401 Unauthorized .*(casbin|Enforce).*403 Forbidden`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// chi middleware given with r.With.
func chiAPIKey(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-Key") == "" {
			w.WriteHeader(http.StatusForbidden) // want `auth-status: 403 Forbidden .*X-API-Key.*401 Unauthorized`
			return
		}
		if r.Header.Get("Authorization") == "" && r.Header.Get("X-Auth-Token") == "" {
			http.Error(w, "no token", http.StatusForbidden) // want `auth-status: 403 Forbidden .*(Authorization|X-Auth-Token).*401 Unauthorized`
			return
		}
		next.ServeHTTP(w, r)
	})
}

func chiKeys(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok {
		render.Status(r, http.StatusForbidden) // want `auth-status: 403 Forbidden .*BasicAuth.*401 Unauthorized`
		render.PlainText(w, r, "credentials required")
		return
	}
	render.JSON(w, r, []string{user, pass})
}

func chiListRoles(w http.ResponseWriter, r *http.Request) {
	acct := currentAccount(r)
	if !acct.IsAdmin {
		w.WriteHeader(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*IsAdmin.*403 Forbidden`
		return
	}
	render.JSON(w, r, []string{"admin", "editor"})
}

func chiDeleteRole(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	doc := loadDocument(chi.URLParam(r, "id"))
	if !u.IsAdmin() && !u.IsOwner(doc) {
		w.WriteHeader(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*403 Forbidden`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// A switch on the role field: the default case is a role that is not allowed.
func chiSwitchRole(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	switch u.Role {
	case "admin", "editor":
		render.JSON(w, r, u)
	default:
		w.WriteHeader(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*Role.*403 Forbidden`
	}
}

// A role looked up in the principal's role list.
func chiRolesField(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	if !slices.Contains(u.Roles, "admin") {
		w.WriteHeader(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*Roles.*403 Forbidden`
		return
	}
	render.JSON(w, r, u)
}

// --- quiet ---

// 403 for a casbin denial is right.
func (s *policyServer) getPolicyOK(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	ok, err := s.enf.Enforce(u.ID, r.URL.Path, r.Method)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if !ok {
		render.Status(r, http.StatusForbidden)
		render.JSON(w, r, map[string]string{"error": "denied"})
		return
	}
	render.JSON(w, r, map[string]string{"id": chi.URLParam(r, "id")})
}

// Enforce's error is a failure to evaluate the policy, not a denial: it says
// nothing about the principal's rights.
func (s *policyServer) enforceError(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	ok, err := s.enf.Enforce(u.ID, r.URL.Path, r.Method)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	render.JSON(w, r, ok)
}

// 401 for missing basic credentials is right.
func chiLogin(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := r.BasicAuth(); !ok {
		w.Header().Set("WWW-Authenticate", `Basic realm="chi"`)
		render.Status(r, http.StatusUnauthorized)
		render.PlainText(w, r, "credentials required")
		return
	}
	render.NoContent(w, r)
}

// 403 once the key is there but the role is missing.
func chiKeysOK(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-API-Key") == "" {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if !currentUser(r).HasRole("keys") {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	render.JSON(w, r, []string{})
}
