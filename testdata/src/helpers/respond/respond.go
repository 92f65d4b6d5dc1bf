// Package respond is a project's response helpers: statuslint infers a
// fact for each and other packages' handlers are checked through them.
package respond

import (
	"bytes"
	"encoding/json"
	"html/template"
	"io"
	"log"
	"net/http"
	"os"

	"statuslint.test/src/helpers/render"
)

// JSON is the wrapper everything goes through.
func JSON(w http.ResponseWriter, code int, v any) { // want JSON:`statusWrapper\(arg1 body ends\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// Error goes through JSON: a chain.
func Error(w http.ResponseWriter, code int, msg string) { // want Error:`statusWrapper\(arg1 body ends\)`
	JSON(w, code, map[string]string{"error": msg})
}

// NotFound always answers 404.
func NotFound(w http.ResponseWriter) { // want NotFound:`fixedStatus\(404 body ends\)`
	Error(w, http.StatusNotFound, "not found")
}

// Status writes a status and no body.
func Status(w http.ResponseWriter, code int) { // want Status:`statusWrapper\(arg1\)`
	w.WriteHeader(code)
}

// Redirect wraps http.Redirect.
func Redirect(w http.ResponseWriter, r *http.Request, url string, code int) { // want Redirect:`statusWrapper\(arg3 ends redirect\)`
	http.Redirect(w, r, url, code)
}

// Page writes a template to any writer.
func Page(w io.Writer, t *template.Template, data any) { // want Page:`bodyWriter\(body\)`
	t.Execute(w, data)
}

// Typed is a generic helper.
func Typed[T any](w http.ResponseWriter, code int, v T) { // want Typed:`statusWrapper\(arg1 body ends\)`
	JSON(w, code, v)
}

// Failure picks its status from the error.
func Failure(w http.ResponseWriter, err error) { // want Failure:`choosesStatus\(body ends\)`
	if err == io.EOF {
		Error(w, http.StatusBadRequest, "empty body")
		return
	}
	Error(w, http.StatusInternalServerError, err.Error())
}

// Responder is a responder type: its methods are helpers too.
type Responder struct{ Pretty bool }

func (r *Responder) Created(w http.ResponseWriter, v any) { // want Created:`fixedStatus\(201 body ends\)`
	JSON(w, http.StatusCreated, v)
}

// Maybe writes only when there is an error: no fact, its calls stay opaque.
func Maybe(w http.ResponseWriter, err error) {
	if err != nil {
		Error(w, http.StatusInternalServerError, err.Error())
	}
}

// Careful leaves the body out for 204 itself: it writes a body on some
// paths only, but it sends the header on every path, so it has answered
// (ends) whatever its caller writes next.
func Careful(w http.ResponseWriter, code int, v any) { // want Careful:`statusWrapper\(arg1 ends\)`
	w.WriteHeader(code)
	if code == http.StatusNoContent {
		return
	}
	json.NewEncoder(w).Encode(v)
}

// Elsewhere hands the writer to code statuslint cannot see: no fact.
func Elsewhere(w http.ResponseWriter, code int, h func(http.ResponseWriter)) {
	w.WriteHeader(code)
	h(w)
}

// Reassigned changes its status argument: the code written is not the argument.
func Reassigned(w http.ResponseWriter, code int) { // want Reassigned:`choosesStatus\(\)`
	if code == 0 {
		code = http.StatusOK
	}
	w.WriteHeader(code)
}

// Decode answers 400 itself when the body is not JSON and returns the
// error: it answers exactly when its error is not nil.
func Decode(w http.ResponseWriter, r *http.Request, v any) error { // want Decode:`fixedStatus\(400 body ends\) when error`
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		Error(w, http.StatusBadRequest, "bad json")
		return err
	}
	return nil
}

// Save sometimes answers and sometimes not on the same result: no fact.
func Save(w http.ResponseWriter, err error) error {
	if err == io.EOF {
		Error(w, http.StatusBadRequest, "empty")
		return err
	}
	return err
}

// Unauthorized sets the challenge itself: its callers' 401s have it.
func Unauthorized(w http.ResponseWriter) { // want Unauthorized:`fixedStatus\(401 body ends\) headers\[content-type www-authenticate\]`
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	Error(w, http.StatusUnauthorized, "log in")
}

// Marshal answers 500 only when it cannot marshal v: still a wrapper.
func Marshal(w http.ResponseWriter, code int, v any) { // want Marshal:`statusWrapper\(arg1 body ends\)`
	data, err := json.Marshal(v)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(code)
	w.Write(data)
}

// Buffered writes through a bytes.Buffer.
func Buffered(w http.ResponseWriter, code int, s string) { // want Buffered:`statusWrapper\(arg1 body ends\)`
	buf := new(bytes.Buffer)
	buf.WriteString(s)
	w.WriteHeader(code)
	buf.WriteTo(w)
}

// Fatal logs and exits: it never returns, and other packages know it.
func Fatal(err error) { // want Fatal:`noReturn`
	log.Print(err)
	os.Exit(1)
}

// Rendered chooses and sends the status, then renders through a library
// writer that answers 500 itself when it cannot encode v: that 500 comes
// after the header is sent, so Rendered is a status wrapper.
func Rendered(w http.ResponseWriter, r *http.Request, code int, v any) { // want Rendered:`statusWrapper\(arg2 body ends\) headers\[content-type\]`
	w.WriteHeader(code)
	render.JSON(w, r, v)
}

// Validated renders through a writer that answers 400 on some paths: no fact.
func Validated(w http.ResponseWriter, r *http.Request, code int, v any) {
	w.WriteHeader(code)
	render.Checked(w, r, v)
}

// HandleError answers code when err is not nil and says so: a
// conditional status wrapper, and where it answered err is not nil.
func HandleError(w http.ResponseWriter, err error, code int) bool { // want HandleError:`statusWrapper\(arg2 body ends\) when true err\(arg1\)$`
	if err != nil {
		http.Error(w, err.Error(), code)
		return true
	}
	return false
}
