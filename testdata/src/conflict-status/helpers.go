package conflictstatus

import (
	"database/sql"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5/pgconn"
	"statuslint.test/src/helpers/apperrs"
	"statuslint.test/src/helpers/respond"
	"statuslint.test/src/helpers/store"
)

func helperRoutes(mux *http.ServeMux, db *sql.DB) {
	mux.HandleFunc("POST /helper/accounts", func(w http.ResponseWriter, r *http.Request) {
		_, err := db.Exec("INSERT INTO accounts (name) VALUES (?)", r.FormValue("name"))
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" {
			respond.Error(w, http.StatusBadRequest, "taken") // want `conflict-status: 400 Bad Request answers a duplicate \(PostgreSQL error 23505 \(unique_violation\)\) in POST /helper/accounts`
			return
		}
		respond.JSON(w, http.StatusCreated, nil)
	})

	// --- negatives ---
	mux.HandleFunc("POST /helper/accounts/ok", func(w http.ResponseWriter, r *http.Request) {
		_, err := db.Exec("INSERT INTO accounts (name) VALUES (?)", r.FormValue("name"))
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" {
			respond.Error(w, http.StatusConflict, "taken")
			return
		}
		respond.JSON(w, http.StatusCreated, nil)
	})
}

// A store of another package with no HTTP code: its translated sentinel
// and predicates carry the conflict.
func storeRoutes(mux *http.ServeMux, g *gin.Engine, s *store.Store) {
	mux.HandleFunc("POST /store/users", func(w http.ResponseWriter, r *http.Request) {
		err := s.Create(r.Context(), r.FormValue("name"))
		if store.IsDuplicate(err) {
			http.Error(w, "taken", http.StatusInternalServerError) // want `conflict-status: 500 Internal Server Error answers a duplicate \(store\.IsDuplicate, which tests store\.ErrTaken, from PostgreSQL error 23505 \(unique_violation\) in store\.Store\.Create\) in POST /store/users`
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	mux.HandleFunc("POST /store/users/eq", func(w http.ResponseWriter, r *http.Request) {
		err := s.Create(r.Context(), r.FormValue("name"))
		if errors.Is(err, store.ErrTaken) {
			http.Error(w, "taken", http.StatusBadRequest) // want `conflict-status: 400 Bad Request answers a duplicate \(store\.ErrTaken, from PostgreSQL error 23505 \(unique_violation\) in store\.Store\.Create\)`
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	g.POST("/store/gin/users", func(c *gin.Context) {
		if err := s.Create(c, c.PostForm("name")); err != nil {
			if store.IsUniqueViolation(err) {
				c.JSON(http.StatusBadRequest, gin.H{"error": "taken"}) // want `conflict-status: 400 Bad Request answers a duplicate \(store\.IsUniqueViolation, which tests PostgreSQL error 23505 \(unique_violation\)\) in POST /store/gin/users`
				return
			}
			c.JSON(http.StatusInternalServerError, gin.H{"error": "db"})
			return
		}
		c.Status(http.StatusCreated)
	})
	g.POST("/store/gin/users/switch", func(c *gin.Context) {
		err := s.Create(c, c.PostForm("name"))
		switch err {
		case nil:
			c.Status(http.StatusCreated)
		case store.ErrTaken:
			c.JSON(http.StatusInternalServerError, gin.H{"error": "taken"}) // want `conflict-status: 500 Internal Server Error answers a duplicate \(store\.ErrTaken`
		default:
			c.JSON(http.StatusInternalServerError, gin.H{"error": "db"})
		}
	})

	// --- negatives ---
	mux.HandleFunc("POST /store/users/any", func(w http.ResponseWriter, r *http.Request) {
		if err := s.Create(r.Context(), r.FormValue("name")); err != nil { // a duplicate or the server's failure
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	g.POST("/store/gin/users/ok", func(c *gin.Context) {
		err := s.Create(c, c.PostForm("name"))
		if store.IsDuplicate(err) {
			c.JSON(http.StatusConflict, gin.H{"error": "taken"})
			return
		}
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": "db"})
			return
		}
		c.Status(http.StatusCreated)
	})
}

// A project error type with a kind field (helpers/apperrs): AlreadyExists
// is a conflict by its name.
func kindRoutes(mux *http.ServeMux, g *gin.Engine, s *apperrs.Store) {
	mux.HandleFunc("POST /kinds/users", func(w http.ResponseWriter, r *http.Request) {
		err := s.Add(r.Context(), r.FormValue("name"))
		var appErr *apperrs.Error
		if errors.As(err, &appErr) && appErr.Kind == apperrs.AlreadyExists {
			http.Error(w, "taken", http.StatusBadRequest) // want `conflict-status: 400 Bad Request answers a duplicate \(apperrs\.AlreadyExists, a kind of apperrs\.Error\) in POST /kinds/users`
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	g.POST("/kinds/gin/users", func(c *gin.Context) {
		err := s.Add(c, c.PostForm("name"))
		switch apperrs.KindOf(err) {
		case apperrs.AlreadyExists:
			c.JSON(http.StatusInternalServerError, gin.H{"error": "taken"}) // want `conflict-status: 500 Internal Server Error answers a duplicate \(apperrs\.AlreadyExists, a kind of apperrs\.Error\)`
			return
		}
		c.Status(http.StatusCreated)
	})

	// --- negatives ---
	mux.HandleFunc("POST /kinds/users/ok", func(w http.ResponseWriter, r *http.Request) {
		err := s.Add(r.Context(), r.FormValue("name"))
		var appErr *apperrs.Error
		if errors.As(err, &appErr) && appErr.Kind == apperrs.AlreadyExists {
			http.Error(w, "taken", http.StatusConflict)
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	g.POST("/kinds/gin/users/invalid", func(c *gin.Context) {
		err := s.Add(c, c.PostForm("name"))
		switch apperrs.KindOf(err) {
		case apperrs.Invalid: // a kind of no class by its name
			c.JSON(http.StatusBadRequest, gin.H{"error": "invalid"})
			return
		case apperrs.Internal:
			c.JSON(http.StatusInternalServerError, gin.H{"error": "db"})
			return
		}
		c.Status(http.StatusCreated)
	})
	g.POST("/kinds/gin/users/status", func(c *gin.Context) {
		var se apperrs.StatusError
		if err := apperrs.Statusf("x"); errors.As(err, &se) && se.Code == apperrs.CodeConflict { // a status, not a kind
			c.Status(http.StatusBadRequest)
			return
		}
		c.Status(http.StatusCreated)
	})
}
