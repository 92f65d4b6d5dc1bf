package headerafterwrite

import (
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// http.SetCookie sets the Set-Cookie header; a flush sends the header.

// --- positives ---

func cookieAfterStatus(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc"}) // want `header-after-write: header "Set-Cookie" is changed after the header was sent \(as 200 OK by w\.WriteHeader at line \d+\)`
}

func cookieAfterBody(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
	http.SetCookie(w, &http.Cookie{Name: "seen", Value: "1"}) // want `header-after-write: header "Set-Cookie" is changed after the header was sent \(as 200 OK by fmt\.Fprintln`
}

func headerAfterFlush(w http.ResponseWriter, r *http.Request) {
	w.(http.Flusher).Flush()
	w.Header().Set("Content-Type", "text/event-stream") // want `header-after-write: header "Content-Type" is changed after the header was sent \(as 200 OK by w\.\(http\.Flusher\)\.Flush at line \d+\)`
}

func headerAfterControllerFlush(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	if err := rc.Flush(); err != nil {
		return
	}
	w.Header().Set("X-Stream", "1") // want `header-after-write: header "X-Stream" is changed after the header was sent \(as 200 OK by rc\.Flush`
}

func ginHeaderAfterFlush(c *gin.Context) {
	c.Writer.Flush()
	c.Header("Cache-Control", "no-cache") // want `header-after-write: header "Cache-Control" is changed after the header was sent \(as 200 OK by c\.Writer\.Flush`
}

func echoHeaderAfterFlush(c echo.Context) error {
	c.Response().Flush()
	c.Response().Header().Set("Cache-Control", "no-cache") // want `header-after-write: header "Cache-Control" is changed after the header was sent \(as 200 OK by c\.Response\(\)\.Flush`
	return nil
}

// --- negatives ---

func cookieFirst(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc"})
	w.Header().Set("Content-Type", "text/plain")
	w.WriteHeader(http.StatusOK)
	// reading the header map changes nothing
	_ = w.Header().Get("Content-Type")
	_ = w.Header().Values("Set-Cookie")
	fmt.Fprintln(w, "ok")
}

// The controller's deadline setters send nothing.
func deadlinesFirst(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(time.Now().Add(time.Second))
	_ = rc.EnableFullDuplex()
	w.Header().Set("Content-Type", "text/plain")
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	http.SetCookie(w, &http.Cookie{Name: "seen", Value: "1"})
	fmt.Fprintln(w, "ok")
}

// A stream: headers first, then writes and flushes.
func streamFlush(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	http.SetCookie(w, &http.Cookie{Name: "stream", Value: "1"})
	for i := range 3 {
		fmt.Fprintf(w, "data: %d\n\n", i)
		flusher.Flush()
	}
}

// Middleware that sets headers only and calls the next handler: whether
// next wrote is unknown, so a cookie set after it is not reported either.
func sessionMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc"})
		w.Header().Set("X-Request-Id", "abc")
		next.ServeHTTP(w, r)
		http.SetCookie(w, &http.Cookie{Name: "after", Value: "1"})
	})
}

func ginSessionMiddleware(c *gin.Context) {
	c.Header("X-Request-Id", "abc")
	http.SetCookie(c.Writer, &http.Cookie{Name: "session", Value: "abc"})
	c.Next()
}

func echoSessionMiddleware(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		http.SetCookie(c.Response(), &http.Cookie{Name: "session", Value: "abc"})
		c.Response().Header().Set("X-Request-Id", "abc")
		return next(c)
	}
}
