package notfoundstatus

import (
	"database/sql"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"statuslint.test/src/helpers/api"
	"statuslint.test/src/helpers/apperrs"
	"statuslint.test/src/helpers/echox"
	"statuslint.test/src/helpers/respond"
	"statuslint.test/src/helpers/store"
)

func helperRoutes(mux *http.ServeMux, e *echo.Echo, db *sql.DB) {
	mux.HandleFunc("GET /helper/books/{id}", func(w http.ResponseWriter, r *http.Request) {
		var title string
		err := db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&title)
		if errors.Is(err, sql.ErrNoRows) {
			respond.Error(w, http.StatusInternalServerError, "no book") // want `not-found-status: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET /helper/books/\{id\}`
			return
		}
		respond.JSON(w, http.StatusOK, title)
	})
	e.GET("/helper/echo/:id", func(c echo.Context) error {
		var title string
		err := db.QueryRow("SELECT title FROM books WHERE id = ?", c.Param("id")).Scan(&title)
		if errors.Is(err, sql.ErrNoRows) {
			return echox.HTTPError(http.StatusBadRequest, "no book") // want `not-found-status: 400 Bad Request answers a not-found error \(sql\.ErrNoRows\) in GET /helper/echo/:id`
		}
		return c.JSON(http.StatusOK, title)
	})

	// --- negatives ---
	mux.HandleFunc("GET /helper/ok/{id}", func(w http.ResponseWriter, r *http.Request) {
		var title string
		err := db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&title)
		if errors.Is(err, sql.ErrNoRows) {
			respond.NotFound(w)
			return
		}
		respond.JSON(w, http.StatusOK, title)
	})
}

// Handlers of another package, checked at the registration with the
// route's methods: their own package does not know them.
func remoteRoutes(mux *http.ServeMux, h *api.Handler) {
	mux.HandleFunc("GET /helper/widgets/{id}", h.GetWidget)                       // want `not-found-status: api\.Handler\.GetWidget: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET /helper/widgets/\{id\}, registered here; the resource is not there, which is 404 Not Found, use 404 Not Found`
	mux.Handle("GET /helper/widgets/{id}/wrapped", http.HandlerFunc(h.GetWidget)) // want `not-found-status: api\.Handler\.GetWidget: 500 .* in GET /helper/widgets/\{id\}/wrapped, registered here`

	// --- negatives ---
	mux.HandleFunc("POST /helper/login", h.Login)               // a POST: the missing account was named in the body, not the URL
	mux.HandleFunc("GET /helper/guarded/{id}", h.GuardedWidget) // its own method guard decides: its own package reports it
}

// Stores of another package with no HTTP code: their error-class facts
// make the sentinel, the predicate and a lone failure mode evidence.
func storeRoutes(mux *http.ServeMux, g *gin.Engine, s *store.Store, m *store.Mem) {
	mux.HandleFunc("GET /store/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		name, err := s.Find(r.Context(), r.PathValue("id"))
		if errors.Is(err, store.ErrMissing) {
			http.Error(w, "no user", http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(store\.ErrMissing, from sql\.ErrNoRows in store\.Store\.Find\) in GET /store/users/\{id\}`
			return
		}
		respond.JSON(w, http.StatusOK, name)
	})
	mux.HandleFunc("GET /store/users/{id}/pred", func(w http.ResponseWriter, r *http.Request) {
		name, err := s.Find(r.Context(), r.PathValue("id"))
		if store.IsNotFound(err) {
			http.Error(w, "no user", http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(store\.IsNotFound, which tests store\.ErrMissing, from sql\.ErrNoRows in store\.Store\.Find\)`
			return
		}
		respond.JSON(w, http.StatusOK, name)
	})
	mux.HandleFunc("GET /store/mem/{id}", func(w http.ResponseWriter, r *http.Request) {
		title, err := m.Title(r.PathValue("id"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(store\.Mem\.Title, which fails only with store\.ErrMissing, from sql\.ErrNoRows in store\.Store\.Find\)`
			return
		}
		respond.JSON(w, http.StatusOK, title)
	})
	g.GET("/store/gin/:id", func(c *gin.Context) {
		name, err := s.Find(c, c.Param("id"))
		switch {
		case err == store.ErrMissing:
			c.JSON(http.StatusBadRequest, gin.H{"error": "no user"}) // want `not-found-status: 400 Bad Request answers a not-found error \(store\.ErrMissing, from sql\.ErrNoRows in store\.Store\.Find\) in GET /store/gin/:id`
			return
		case err != nil:
			c.JSON(http.StatusInternalServerError, gin.H{"error": "db"})
			return
		}
		c.JSON(http.StatusOK, name)
	})
	g.GET("/store/gin/:id/pred", func(c *gin.Context) {
		v, err := m.Get(c.Param("id"))
		if store.IsNotFound(err) {
			c.String(http.StatusUnprocessableEntity, "no such thing") // want `not-found-status: 422 Unprocessable Entity answers a not-found error \(store\.IsNotFound, which tests store\.ErrMissing`
			return
		}
		c.JSON(http.StatusOK, v)
	})
	g.GET("/store/gin/:id/mem", func(c *gin.Context) {
		v, err := m.Get(c.Param("id"))
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(store\.Mem\.Get, which fails only with store\.ErrMissing`
			return
		}
		c.JSON(http.StatusOK, v)
	})

	// --- negatives ---
	mux.HandleFunc("GET /store/users/{id}/any", func(w http.ResponseWriter, r *http.Request) {
		name, err := s.Find(r.Context(), r.PathValue("id")) // may be a missing row or a connection failure
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		respond.JSON(w, http.StatusOK, name)
	})
	mux.HandleFunc("GET /store/mem/{id}/lookup", func(w http.ResponseWriter, r *http.Request) {
		v, err := m.Lookup(r.PathValue("id")) // not found, or the store is closed
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		respond.JSON(w, http.StatusOK, v)
	})
	mux.HandleFunc("GET /store/mem/{id}/describe", func(w http.ResponseWriter, r *http.Request) {
		if err := m.Describe(r.PathValue("id")); err != nil { // %v: the class is not wrapped
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET /store/login/{name}", func(w http.ResponseWriter, r *http.Request) {
		_, err := s.Login(r.Context(), r.PathValue("name"))
		if errors.Is(err, store.ErrInvalidCredentials) { // translated from sql.ErrNoRows, but its name says otherwise
			http.Error(w, "bad login", http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET /store/users/{id}/ok", func(w http.ResponseWriter, r *http.Request) {
		name, err := s.Find(r.Context(), r.PathValue("id"))
		if store.IsNotFound(err) {
			http.Error(w, "no user", http.StatusNotFound)
			return
		}
		if !store.IsNotFound(err) && err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
		respond.JSON(w, http.StatusOK, name)
	})
	g.GET("/store/gin/:id/retry", func(c *gin.Context) {
		_, err := m.Get(c.Param("id"))
		if store.IsRetryable(err) { // not a class test
			c.Status(http.StatusServiceUnavailable)
			return
		}
		c.Status(http.StatusNoContent)
	})
}

// A project error type with a kind field (helpers/apperrs): the kind
// constants carry classes, by translation or by name.
func kindRoutes(mux *http.ServeMux, g *gin.Engine, s *apperrs.Store) {
	mux.HandleFunc("GET /kinds/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		name, err := s.Get(r.Context(), r.PathValue("id"))
		var appErr *apperrs.Error
		if errors.As(err, &appErr) && appErr.Kind == apperrs.NotFound {
			http.Error(w, "no user", http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(apperrs\.NotFound, a kind of apperrs\.Error, from sql\.ErrNoRows in apperrs\.Store\.Get\) in GET /kinds/users/\{id\}`
			return
		}
		respond.JSON(w, http.StatusOK, name)
	})
	mux.HandleFunc("GET /kinds/users/{id}/switch", func(w http.ResponseWriter, r *http.Request) {
		name, err := s.Name(r.Context(), r.PathValue("id"))
		var appErr *apperrs.Error
		if errors.As(err, &appErr) {
			switch appErr.Kind {
			case apperrs.Missing:
				http.Error(w, "no user", http.StatusBadRequest) // want `not-found-status: 400 Bad Request answers a not-found error \(apperrs\.Missing, a kind of apperrs\.Error, from sql\.ErrNoRows in apperrs\.Store\.Name\)`
			default:
				http.Error(w, "db", http.StatusInternalServerError)
			}
			return
		}
		respond.JSON(w, http.StatusOK, name)
	})
	g.GET("/kinds/gin/:id", func(c *gin.Context) {
		name, err := s.Get(c, c.Param("id"))
		if apperrs.KindOf(err) == apperrs.NotFound {
			c.JSON(http.StatusInternalServerError, gin.H{"error": "no user"}) // want `not-found-status: 500 Internal Server Error answers a not-found error \(apperrs\.NotFound, a kind of apperrs\.Error`
			return
		}
		c.JSON(http.StatusOK, name)
	})
	g.GET("/kinds/gin/:id/method", func(c *gin.Context) {
		name, err := s.Get(c, c.Param("id"))
		var appErr *apperrs.Error
		if errors.As(err, &appErr) && appErr.Class() == apperrs.NotFound {
			c.String(http.StatusUnprocessableEntity, "no user") // want `not-found-status: 422 Unprocessable Entity answers a not-found error \(apperrs\.NotFound, a kind of apperrs\.Error`
			return
		}
		c.JSON(http.StatusOK, name)
	})
	g.GET("/kinds/gin/:id/check", func(c *gin.Context) {
		if err := s.Check(c.Param("id")); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(apperrs\.Store\.Check, which fails only with apperrs\.NotFound, a kind of apperrs\.Error`
			return
		}
		c.Status(http.StatusNoContent)
	})

	// --- negatives ---
	mux.HandleFunc("GET /kinds/users/{id}/internal", func(w http.ResponseWriter, r *http.Request) {
		name, err := s.Get(r.Context(), r.PathValue("id"))
		var appErr *apperrs.Error
		if errors.As(err, &appErr) && appErr.Kind == apperrs.Internal { // a kind of no class
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
		respond.JSON(w, http.StatusOK, name)
	})
	mux.HandleFunc("GET /kinds/users/{id}/any", func(w http.ResponseWriter, r *http.Request) {
		name, err := s.Get(r.Context(), r.PathValue("id")) // a not-found or an Internal
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		respond.JSON(w, http.StatusOK, name)
	})
	mux.HandleFunc("GET /kinds/users/{id}/ok", func(w http.ResponseWriter, r *http.Request) {
		name, err := s.Get(r.Context(), r.PathValue("id"))
		var appErr *apperrs.Error
		if errors.As(err, &appErr) && appErr.Kind == apperrs.NotFound {
			http.Error(w, "no user", http.StatusNotFound)
			return
		}
		if errors.As(err, &appErr) && appErr.Kind != apperrs.NotFound { // not a not-found
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
		respond.JSON(w, http.StatusOK, name)
	})
	g.GET("/kinds/gin/:id/status", func(c *gin.Context) {
		var se apperrs.StatusError
		if err := apperrs.Statusf("x"); errors.As(err, &se) && se.Code == apperrs.CodeNotFound { // a status, not a kind
			c.Status(http.StatusInternalServerError)
			return
		}
		c.Status(http.StatusNoContent)
	})
}
