package superfluousstatus

import (
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

// A flush sends the header: 200 OK unless a status was set before it.

// --- positives ---

func flushThenCreated(w http.ResponseWriter, r *http.Request) {
	w.(http.Flusher).Flush()
	w.WriteHeader(http.StatusCreated) // want `superfluous-status: 201 Created is set after the header was already sent \(as 200 OK by w\.\(http\.Flusher\)\.Flush at line \d+\); the code never reaches the client`
}

func flusherThenError(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	flusher.Flush()
	http.Error(w, "too late", http.StatusInternalServerError) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by flusher\.Flush at line \d+\)`
}

func controllerFlush(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	_ = rc.Flush()
	http.Error(w, "too late", http.StatusInternalServerError) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by rc\.Flush at line \d+\)`
}

func inlineControllerFlush(w http.ResponseWriter, r *http.Request) {
	if err := http.NewResponseController(w).Flush(); err == nil {
		w.WriteHeader(http.StatusNoContent) // want `superfluous-status: 204 No Content is set after the header was already sent \(as 200 OK by http\.NewResponseController\(w\)\.Flush`
	}
}

func ginFlushThenJSON(c *gin.Context) {
	c.Writer.Flush()
	c.JSON(http.StatusCreated, gin.H{"id": 1}) // want `superfluous-status: 201 Created is set after the header was already sent \(as 200 OK by c\.Writer\.Flush at line \d+\)`
}

func echoFlushThenJSON(c echo.Context) error {
	c.Response().Flush()
	return c.JSON(http.StatusCreated, map[string]int{"id": 1}) // want `superfluous-status: 201 Created is set after the header was already sent \(as 200 OK by c\.Response\(\)\.Flush at line \d+\)`
}

func echo5FlushThenNoContent(c *echo5.Context) error {
	c.Response().(http.Flusher).Flush()
	return c.NoContent(http.StatusNoContent) // want `superfluous-status: 204 No Content is set after the header was already sent \(as 200 OK by c\.Response\(\)\.\(http\.Flusher\)\.Flush`
}

// --- negatives ---

// A stream: the status first, then writes and flushes.
func flushStream(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	if err := rc.SetWriteDeadline(time.Now().Add(time.Minute)); err != nil {
		http.Error(w, "no deadline", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	if err := rc.Flush(); err != nil {
		return
	}
	for i := range 3 {
		fmt.Fprintf(w, "data: %d\n\n", i)
		if err := rc.Flush(); err != nil {
			return
		}
	}
}

// rc.Flush fails with http.ErrNotSupported before it sends anything.
func flushUnsupported(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	if err := rc.Flush(); err != nil {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, "data: hello\n\n")
}

// The deadline setters and full duplex send nothing.
func deadlinesThenCreated(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	_ = rc.SetReadDeadline(time.Now().Add(time.Second))
	_ = rc.SetWriteDeadline(time.Now().Add(time.Second))
	_ = rc.EnableFullDuplex()
	w.WriteHeader(http.StatusCreated)
}

// A flush on some paths only: the header may not have been sent.
func maybeFlushed(w http.ResponseWriter, r *http.Request) {
	if f, ok := w.(http.Flusher); ok && r.URL.Query().Has("early") {
		f.Flush()
	}
	w.WriteHeader(http.StatusAccepted)
}

func ginStreamFlush(c *gin.Context) {
	c.Status(http.StatusOK)
	for i := range 3 {
		c.SSEvent("tick", i)
		c.Writer.Flush()
	}
}

func echoStreamFlush(c echo.Context) error {
	c.Response().WriteHeader(http.StatusOK)
	for range 3 {
		if _, err := c.Response().Write([]byte("data: tick\n\n")); err != nil {
			return err
		}
		c.Response().Flush()
	}
	return nil
}
