package authstatus

import (
	"net/http"

	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /helper/admin", helperAdmin)
	mux.HandleFunc("GET /helper/me", helperMe)
	mux.HandleFunc("GET /helper/org", helperOrg)
}

func helperAdmin(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	if !u.IsAdmin() {
		respond.Error(w, http.StatusUnauthorized, "admins only") // want `auth-status: 401 Unauthorized .*IsAdmin.*403 Forbidden`
		return
	}
	respond.JSON(w, http.StatusOK, u)
}

// --- negatives ---

func helperMe(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		respond.Error(w, http.StatusUnauthorized, "log in") // no credentials: 401 is right
		return
	}
	respond.JSON(w, http.StatusOK, nil)
}

func lookupOrg(r *http.Request) (string, error) { return r.PathValue("org"), nil }

// A failed lookup answers 401 on a path where an outer role test is known:
// the status is about the lookup's error, not about the role.
func helperOrg(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	if u.IsAdmin() {
		respond.JSON(w, http.StatusOK, "every org")
		return
	}
	org, err := lookupOrg(r)
	if err != nil {
		respond.Error(w, http.StatusUnauthorized, "no such org")
		return
	}
	respond.JSON(w, http.StatusOK, org)
}
