// Package apperr carries statuses as values: an error type with a status
// field, an adapter for error-returning handlers, one for handlers that
// return their status, and one for those that take an *Env after w and r.
package apperr

import (
	"errors"
	"net/http"
)

// Error's Code reaches http.Error in Write: a status field.
type Error struct {
	Code int // want Code:`statusField`
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

// Info's Number is an application error number (40001): it never reaches
// a sink, so it is not a status.
type Info struct {
	Number int
	Msg    string
}

func (i *Info) Error() string { return i.Msg }

// Write answers with the status an *Error carries, else 500.
func Write(w http.ResponseWriter, err error) { // want Write:`choosesStatus\(body ends\)`
	var e *Error
	if errors.As(err, &e) {
		http.Error(w, e.Msg, e.Code)
		return
	}
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

// Handler adapts func(w, r) error handlers.
type Handler func(http.ResponseWriter, *http.Request) error

func (h Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		Write(w, err)
	}
}

// StatusHandler adapts handlers that return their status.
type StatusHandler func(http.ResponseWriter, *http.Request) (int, error)

func (h StatusHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:`statusAdapter\(always\)`
	code, err := h(w, r)
	if err != nil {
		http.Error(w, err.Error(), code)
		return
	}
	w.WriteHeader(code)
}

// Conflict builds an *Error: an error constructor through the status field.
func Conflict(msg string) error { // want Conflict:`errorConstructor:fixedStatus\(409\)`
	return &Error{Code: http.StatusConflict, Msg: msg}
}

// New takes the status.
func New(code int, msg string) error { // want New:`errorConstructor:statusWrapper\(arg0\)`
	return &Error{Code: code, Msg: msg}
}

// ErrorsOnly writes the returned status only when it is an error status:
// a (status, error) handler's 200 is not written by it. No fact.
type ErrorsOnly func(http.ResponseWriter, *http.Request) (int, error)

func (h ErrorsOnly) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	code, _ := h(w, r)
	if code >= 400 {
		http.Error(w, http.StatusText(code), code)
	}
}

// Env is what Adapt hands its handlers besides w and r.
type Env struct{ User string }

// EnvHandler is a handler written for Adapt.
type EnvHandler func(http.ResponseWriter, *http.Request, *Env) (int, error)

// Adapt writes the status an EnvHandler returns, unless it is 0 (the
// handler answered itself).
func Adapt(fn EnvHandler) http.Handler { // want Adapt:`statusAdapter\(always, func\(net/http.ResponseWriter, \*net/http.Request, \*statuslint.test/src/helpers/apperr.Env\) \(int, error\)\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		code, err := fn(w, r, &Env{User: r.Header.Get("X-User")})
		if code == 0 {
			return
		}
		msg := http.StatusText(code)
		if err != nil {
			msg = err.Error()
		}
		http.Error(w, msg, code)
	})
}
