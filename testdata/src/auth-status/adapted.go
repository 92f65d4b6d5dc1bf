package authstatus

import (
	"net/http"

	"statuslint.test/src/helpers/users"
)

// Handlers written for an adapter that hands them the request's data
// after w and r: run calls fn(w, r, &reqData{...}) and writes the status.

type reqData struct{ user *users.User }

type dataFunc func(w http.ResponseWriter, r *http.Request, d *reqData) (int, error)

func run(fn dataFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		status, err := fn(w, r, &reqData{user: users.FromContext(r.Context())})
		if status == 0 {
			return
		}
		if err != nil {
			http.Error(w, err.Error(), status)
			return
		}
		w.WriteHeader(status)
	})
}

func withLogin(fn dataFunc) dataFunc {
	return func(w http.ResponseWriter, r *http.Request, d *reqData) (int, error) {
		if d.user == nil {
			w.Header().Set("WWW-Authenticate", "Bearer")
			return http.StatusUnauthorized, nil
		}
		return fn(w, r, d)
	}
}

var adaptedUpload = run(withLogin(func(w http.ResponseWriter, r *http.Request, d *reqData) (int, error) {
	if !d.user.Perm.Upload {
		return http.StatusAccepted, nil // want `auth-status: 202 Accepted answers a denial by a role check \(d.user.Perm.Upload\).*403 Forbidden`
	}
	return 0, nil
}))

// --- negatives ---

var adaptedDownload = run(withLogin(func(w http.ResponseWriter, r *http.Request, d *reqData) (int, error) {
	if !d.user.Perm.Download {
		return http.StatusForbidden, nil
	}
	return http.StatusAccepted, nil
}))

// quota has a shape no adapter calls: a plain function whose 202 is a
// number for its caller.
func quota(w http.ResponseWriter, r *http.Request, u *users.User) (int, error) {
	if !u.Perm.Upload {
		return http.StatusAccepted, nil
	}
	return 0, nil
}
