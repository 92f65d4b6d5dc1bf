package redirectstatus

import (
	stdhttp "net/http"

	"github.com/go-chi/chi/v5"
)

// chi's routes, with net/http imported under another name: the fix keeps it.
func chiRoutes() stdhttp.Handler {
	r := chi.NewRouter()
	r.Post("/signup", chiSignup)
	r.Get("/docs", chiDocs)
	r.With(chiMiddleware).Put("/profile", chiProfile)
	r.Method(stdhttp.MethodPatch, "/profile", stdhttp.HandlerFunc(chiPatch))
	r.Route("/orders", func(r chi.Router) {
		r.Delete("/{id}", chiCancel)
	})
	r.Handle("/legacy", stdhttp.RedirectHandler("/docs", stdhttp.StatusOK)) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 302 Found$`
	r.Handle("/legacy2", stdhttp.RedirectHandler("/docs", stdhttp.StatusPermanentRedirect))
	return r
}

func chiMiddleware(next stdhttp.Handler) stdhttp.Handler { return next }

func chiSignup(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	stdhttp.Redirect(w, r, "/welcome", stdhttp.StatusOK) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers POST\)`
}

func chiDocs(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	if r.URL.Path == "/docs" {
		stdhttp.Redirect(w, r, "/docs/", stdhttp.StatusOK) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 302 Found$`
		return
	}
	stdhttp.Redirect(w, r, "/docs/index.html", stdhttp.StatusMovedPermanently)
}

func chiProfile(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	stdhttp.Redirect(w, r, "/profile", 200) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers PUT\)`
}

func chiPatch(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	stdhttp.Redirect(w, r, "/profile", stdhttp.StatusNoContent) // want `redirect-status: 204 No Content is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers PATCH\)`
}

func chiCancel(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	stdhttp.Redirect(w, r, "/orders", stdhttp.StatusOK) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers DELETE\)`
}
