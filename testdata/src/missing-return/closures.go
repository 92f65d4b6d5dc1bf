package missingreturn

import (
	"database/sql"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

// Responses written inside closures that a call runs before it returns
// (gorm's Transaction, a helper of this package that calls its func
// parameter): a return in the closure returns to the call, and the
// handler goes on. No fix is offered there: a return in the closure would
// not end the handler.

type txStore struct {
	db      *sql.DB
	gdb     *gorm.DB
	pending []func() error
}

func txRoutes(s *txStore) {
	mux := http.NewServeMux()
	mux.HandleFunc("DELETE /tx/items/{id}", s.txThenWrite)
	mux.HandleFunc("DELETE /retry/items/{id}", s.retryThenWrite)
	mux.HandleFunc("DELETE /nested/items/{id}", s.nestedThenWrite)
	mux.HandleFunc("DELETE /checked/items/{id}", s.txChecked)
	mux.HandleFunc("DELETE /later/items/{id}", s.laterThenWrite)
	mux.HandleFunc("DELETE /after/items/{id}", s.afterThenWrite)
	mux.HandleFunc("DELETE /async/items/{id}", s.asyncThenWrite)
	r := gin.New()
	r.POST("/tx/books", s.ginTxThenJSON)
}

// withTx runs fn inside a transaction, before it returns.
func (s *txStore) withTx(fn func(tx *sql.Tx) error) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// retryTx hands fn on to withTx, which runs it.
func (s *txStore) retryTx(fn func(tx *sql.Tx) error) error { return s.withTx(fn) }

// inGormTx runs fn inside a closure that gorm's Transaction runs.
func (s *txStore) inGormTx(fn func() error) error {
	return s.gdb.Transaction(func(tx *gorm.DB) error { return fn() })
}

// later keeps fn for after the handler.
func (s *txStore) later(fn func() error) { s.pending = append(s.pending, fn) }

// async runs fn on another goroutine.
func (s *txStore) async(fn func() error) { go fn() }

// --- positives ---

func (s *txStore) txThenWrite(w http.ResponseWriter, r *http.Request) {
	_ = s.withTx(func(tx *sql.Tx) error {
		if _, err := tx.Exec("DELETE FROM items WHERE id = ?", r.PathValue("id")); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError) // want `missing-return: http\.Error completes the response in txStore\.txThenWrite but the handler goes on to write another one; return after it`
			return err
		}
		return nil
	})
	w.Write([]byte("deleted"))
}

func (s *txStore) retryThenWrite(w http.ResponseWriter, r *http.Request) {
	s.retryTx(func(tx *sql.Tx) error {
		http.Error(w, "read only", http.StatusServiceUnavailable) // want `missing-return: http\.Error completes the response in txStore\.retryThenWrite`
		return nil
	})
	w.WriteHeader(http.StatusNoContent)
}

func (s *txStore) nestedThenWrite(w http.ResponseWriter, r *http.Request) {
	s.inGormTx(func() error {
		http.NotFound(w, r) // want `missing-return: http\.NotFound completes the response in txStore\.nestedThenWrite`
		return nil
	})
	w.Write([]byte("deleted"))
}

func (s *txStore) ginTxThenJSON(c *gin.Context) {
	_ = s.gdb.Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(&book{ID: c.Param("id")}).Error; err != nil {
			c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `missing-return: c\.AbortWithStatusJSON completes the response in txStore\.ginTxThenJSON`
			return err
		}
		return nil
	})
	c.JSON(http.StatusCreated, book{})
}

// --- negatives ---

// The handler returns when the transaction failed: the closure's error
// reaches it through withTx.
func (s *txStore) txChecked(w http.ResponseWriter, r *http.Request) {
	err := s.withTx(func(tx *sql.Tx) error {
		if _, err := tx.Exec("DELETE FROM items WHERE id = ?", r.PathValue("id")); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return err
		}
		return nil
	})
	if err != nil {
		return
	}
	w.Write([]byte("deleted"))
}

// Kept for later, or run on another goroutine: not at the call.
func (s *txStore) laterThenWrite(w http.ResponseWriter, r *http.Request) {
	s.later(func() error {
		http.Error(w, "gone", http.StatusGone)
		return nil
	})
	w.Write([]byte("deleted"))
}

func (s *txStore) afterThenWrite(w http.ResponseWriter, r *http.Request) {
	time.AfterFunc(time.Second, func() { http.Error(w, "late", http.StatusGatewayTimeout) })
	w.Write([]byte("deleted"))
}

func (s *txStore) asyncThenWrite(w http.ResponseWriter, r *http.Request) {
	s.async(func() error {
		http.Error(w, "gone", http.StatusGone)
		return nil
	})
	w.Write([]byte("deleted"))
}
