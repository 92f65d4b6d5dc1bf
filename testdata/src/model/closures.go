package model

import (
	"net/http"
	"sync"
)

var modelOnce sync.Once

// A closure once.Do runs is flowed at the call: the method guard around
// the call holds inside it.
func onceGuarded(w http.ResponseWriter, r *http.Request) { // want `handler onceGuarded net/http unknown`
	if r.Method == http.MethodPost {
		modelOnce.Do(func() {
			w.WriteHeader(http.StatusCreated) // want `answers POST`
		})
		return
	}
	w.WriteHeader(http.StatusOK) // want `answers GET, HEAD, PUT, PATCH, DELETE, OPTIONS, CONNECT, TRACE, other`
}

// A closure kept for later has no events of the handler.
func keptGuarded(w http.ResponseWriter, r *http.Request) { // want `handler keptGuarded net/http unknown`
	if r.Method == http.MethodPost {
		keep(func() { w.WriteHeader(http.StatusCreated) })
		return
	}
	w.WriteHeader(http.StatusOK) // want `answers GET, HEAD, PUT, PATCH, DELETE, OPTIONS, CONNECT, TRACE, other`
}

var kept []func()

func keep(fn func()) { kept = append(kept, fn) }
