package authstatus

import (
	"encoding/json"
	"errors"
	nethttp "net/http"

	jwtlib "github.com/golang-jwt/jwt/v5"
	"github.com/gorilla/mux"
)

type gadgetAPI struct{ parser *jwtlib.Parser }

func muxRoutes(s *gadgetAPI) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/gadgets/{id}", s.getGadget).Methods("GET")
	r.HandleFunc("/gadgets/{id}/claims", muxClaims).Methods(nethttp.MethodGet)
	r.HandleFunc("/gadgets/{id}/parsed", s.parsed).Methods("GET")
	r.HandleFunc("/gadgets/{id}/level", muxLevel).Methods("GET")
	r.HandleFunc("/gadgets/{id}/field", muxField).Methods("PUT")
	admin := r.PathPrefix("/admin").Subrouter()
	admin.Use(s.adminOnly)
	admin.HandleFunc("/gadgets", muxAdminGadgets).Methods("GET")
	r.Handle("/gadgets/{id}/lock", muxTokenMiddleware(nethttp.HandlerFunc(muxAdminGadgets))).Methods("POST")

	r.HandleFunc("/gadgets/{id}/expired", muxExpired).Methods("GET")
	r.HandleFunc("/gadgets/{id}/forbidden", muxForbidden).Methods("GET")
	return r
}

// A renamed net/http: the fix keeps the qualifier.
func (s *gadgetAPI) getGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	u := currentUser(r)
	doc := loadDocument(mux.Vars(r)["id"])
	if !u.CanEdit(doc) {
		w.WriteHeader(nethttp.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*CanEdit.*403 Forbidden`
		return
	}
	json.NewEncoder(w).Encode(doc)
}

// jwt.ParseWithClaims from a renamed import.
func muxClaims(w nethttp.ResponseWriter, r *nethttp.Request) {
	claims := &jwtlib.RegisteredClaims{}
	_, err := jwtlib.ParseWithClaims(r.Header.Get("Authorization"), claims, keyFunc)
	if err != nil {
		nethttp.Error(w, "invalid token", nethttp.StatusForbidden) // want `auth-status: 403 Forbidden .*ParseWithClaims.*401 Unauthorized`
		return
	}
	json.NewEncoder(w).Encode(claims)
}

// A jwt.Parser method, then the token's Valid field.
func (s *gadgetAPI) parsed(w nethttp.ResponseWriter, r *nethttp.Request) {
	tok, err := s.parser.Parse(r.Header.Get("Authorization"), keyFunc)
	if err != nil {
		nethttp.Error(w,
			"invalid token",
			nethttp.StatusForbidden, // want `auth-status: 403 Forbidden .*Parse.*401 Unauthorized`
		)
		return
	}
	if !tok.Valid {
		w.WriteHeader(nethttp.StatusForbidden) // want `auth-status: 403 Forbidden .*jwt.*401 Unauthorized`
		return
	}
	json.NewEncoder(w).Encode(tok.Claims)
}

// A named role type compared with a typed constant.
func muxLevel(w nethttp.ResponseWriter, r *nethttp.Request) {
	if m := currentMember(r); m.Role != RoleAdmin {
		nethttp.Error(w, "admins only", nethttp.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*Role.*403 Forbidden`
		return
	}
	w.Write([]byte("level"))
}

// A bool permission field.
func muxField(w nethttp.ResponseWriter, r *nethttp.Request) {
	if acct := currentAccount(r); !acct.IsAdmin {
		w.WriteHeader(401) // want `auth-status: 401 Unauthorized .*IsAdmin.*403 Forbidden`
		return
	}
	w.WriteHeader(nethttp.StatusNoContent)
}

// Middleware as a method value given to Use.
func (s *gadgetAPI) adminOnly(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if !currentUser(r).IsAdmin() {
			nethttp.Error(w, "admins only", nethttp.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*IsAdmin.*403 Forbidden`
			return
		}
		next.ServeHTTP(w, r)
	})
}

func muxAdminGadgets(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.Write([]byte("[]"))
}

// A jwt.NewParser parser inside a middleware closure.
func muxTokenMiddleware(next nethttp.Handler) nethttp.Handler {
	p := jwtlib.NewParser(jwtlib.WithValidMethods([]string{"HS256"}))
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		claims := jwtlib.MapClaims{}
		if _, err := p.ParseWithClaims(r.Header.Get("Authorization"), claims, keyFunc); err != nil {
			w.WriteHeader(nethttp.StatusForbidden) // want `auth-status: 403 Forbidden .*ParseWithClaims.*401 Unauthorized`
			return
		}
		next.ServeHTTP(w, r)
	})
}

// --- quiet ---

// An expired token is 401.
func muxExpired(w nethttp.ResponseWriter, r *nethttp.Request) {
	_, err := jwtlib.Parse(r.Header.Get("Authorization"), keyFunc)
	if errors.Is(err, jwtlib.ErrTokenExpired) {
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token", error_description="expired"`)
		w.WriteHeader(nethttp.StatusUnauthorized)
		return
	}
	if err != nil {
		w.WriteHeader(nethttp.StatusUnauthorized)
		return
	}
	w.Write([]byte("ok"))
}

// A valid token whose subject may not do this: 403.
func muxForbidden(w nethttp.ResponseWriter, r *nethttp.Request) {
	tok, err := jwtlib.Parse(r.Header.Get("Authorization"), keyFunc)
	if err != nil || !tok.Valid {
		w.WriteHeader(nethttp.StatusUnauthorized)
		return
	}
	if u := currentUser(r); u.Role != "admin" {
		w.WriteHeader(nethttp.StatusForbidden)
		return
	}
	w.Write([]byte("ok"))
}
