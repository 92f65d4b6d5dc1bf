package superfluousstatus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

// The error branch of a raw write: w.Write, fmt.Fprint*(w, …),
// io.WriteString(w, …) and buf.WriteTo(w) send the header (200 unless a
// status was set) before anything can fail, so a status set there never
// reaches the client.

func writeErrorRoutes(r chi.Router, m *mux.Router, g *gin.Engine, e *echo.Echo, e5 *echo5.Echo, app *fiber.App, app3 *fiber3.App) {
	http.HandleFunc("GET /write-error", writeErrorHTTPError)
	http.HandleFunc("GET /fprintf-error", fprintfErrorWriteHeader)
	http.HandleFunc("GET /writestring-error", writeStringError)
	http.HandleFunc("GET /writeto-error", writeToError)
	r.Get("/chi/write-error", chiWriteError)
	m.HandleFunc("/mux/write-error", muxWriteError).Methods(http.MethodGet)
	g.GET("/gin/write-error", ginWriterWriteError)
	g.GET("/gin/writestring-error", ginWriteStringError)
	e.GET("/echo/write-error", echoResponseWriteError)
	e.GET("/echo/write-error/http", echoResponseWriteHTTPError)
	e5.GET("/echo5/write-error", echo5ResponseWriteError)

	http.HandleFunc("GET /encode-error", encodeErrorOK)
	http.HandleFunc("GET /template-error", templateErrorOK)
	http.HandleFunc("GET /copy-error", copyErrorOK)
	http.HandleFunc("GET /write-error/logged", writeErrorLogged)
	http.HandleFunc("GET /write-ok", writeSuccessBranch)
	app.Get("/fiber/write-error", fiberWriteError)
	app.Get("/fiber/fprintf-error", fiberFprintfError)
	app3.Get("/fiber3/write-error", fiber3WriteError)
}

// --- positives ---

func writeErrorHTTPError(w http.ResponseWriter, r *http.Request) {
	b, _ := json.Marshal(item{ID: "1"})
	if _, err := w.Write(b); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by w\.Write at line \d+\): w\.Write sends the header before it can fail, so the code never reaches the client and its text lands in the body; the connection is most likely gone: log the error and return`
	}
}

func fprintfErrorWriteHeader(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain")
	if _, err := fmt.Fprintf(w, "hello %s", r.URL.Query().Get("name")); err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by fmt\.Fprintf at line \d+\): fmt\.Fprintf sends the header before it can fail, so the code never reaches the client; the connection is most likely gone: log the error and return`
		return
	}
}

func writeStringError(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusAccepted)
	_, err := io.WriteString(w, "queued")
	if err != nil {
		http.Error(w, "write failed", http.StatusServiceUnavailable) // want `superfluous-status: 503 Service Unavailable is set after the header was already sent \(as 202 Accepted by w\.WriteHeader at line \d+\): io\.WriteString sends the header before it can fail`
		return
	}
}

func writeToError(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	buf.WriteString("report")
	if _, err := buf.WriteTo(w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by buf\.WriteTo at line \d+\): buf\.WriteTo sends the header before it can fail`
	}
}

func chiWriteError(w http.ResponseWriter, r *http.Request) {
	if _, err := w.Write([]byte(chi.URLParam(r, "id"))); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway) // want `superfluous-status: 502 Bad Gateway is set after the header was already sent \(as 200 OK by w\.Write at line \d+\): w\.Write sends the header`
	}
}

func muxWriteError(w http.ResponseWriter, r *http.Request) {
	_, err := fmt.Fprintln(w, mux.Vars(r)["id"])
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by fmt\.Fprintln at line \d+\): fmt\.Fprintln sends the header`
	}
}

// gin's c.Writer buffers nothing: Write and WriteString call WriteHeaderNow
// first, and a later status is dropped with a warning.
func ginWriterWriteError(c *gin.Context) {
	if _, err := c.Writer.Write([]byte("raw")); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by c\.Writer\.Write at line \d+\): c\.Writer\.Write sends the header before it can fail, so the code never reaches the client and its text lands in the body`
	}
}

func ginWriteStringError(c *gin.Context) {
	if _, err := c.Writer.WriteString("raw"); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by c\.Writer\.WriteString at line \d+\): c\.Writer\.WriteString sends the header before it can fail, so the code never reaches the client; the connection`
	}
}

// echo's Response.Write commits the response before writing; its error
// handler does nothing once the response is committed.
func echoResponseWriteError(c echo.Context) error {
	if _, err := c.Response().Write([]byte("raw")); err != nil {
		return c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()}) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by c\.Response\(\)\.Write at line \d+\): c\.Response\(\)\.Write sends the header before it can fail, so the code never reaches the client and its text lands in the body`
	}
	return nil
}

func echoResponseWriteHTTPError(c echo.Context) error {
	if _, err := c.Response().Write([]byte("raw")); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, err.Error()) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by c\.Response\(\)\.Write at line \d+\): c\.Response\(\)\.Write sends the header before it can fail, so the code never reaches the client; the connection`
	}
	return nil
}

func echo5ResponseWriteError(c *echo5.Context) error {
	if _, err := c.Response().Write([]byte("raw")); err != nil {
		return c.String(http.StatusInternalServerError, err.Error()) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by c\.Response\(\)\.Write at line \d+\): c\.Response\(\)\.Write sends the header`
	}
	return nil
}

// --- negatives ---

// Encode fails before writing (a value json cannot marshal): the 500 arrives.
func encodeErrorOK(w http.ResponseWriter, r *http.Request) {
	if err := json.NewEncoder(w).Encode(map[string]any{"f": func() {}}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// Execute may fail before writing anything.
func templateErrorOK(w http.ResponseWriter, r *http.Request) {
	if err := page.Execute(w, item{}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// io.Copy's error may come from the source before the first write.
func copyErrorOK(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open("report.csv")
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	defer f.Close()
	if _, err := io.Copy(w, f); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// The right way: log and return.
func writeErrorLogged(w http.ResponseWriter, r *http.Request) {
	if _, err := w.Write([]byte("ok")); err != nil {
		log.Printf("write: %v", err)
		return
	}
}

// The write worked: nothing is set after it.
func writeSuccessBranch(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	if _, err := w.Write([]byte("created")); err == nil {
		return
	}
	log.Print("write failed")
}

// fiber buffers the whole response: the status set after a failed write is
// the one sent.
func fiberWriteError(c *fiber.Ctx) error {
	if _, err := c.Write([]byte("raw")); err != nil {
		return c.Status(fiber.StatusInternalServerError).SendString(err.Error())
	}
	return nil
}

func fiberFprintfError(c *fiber.Ctx) error {
	if _, err := fmt.Fprintf(c, "hello %s", c.Params("name")); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return nil
}

func fiber3WriteError(c fiber3.Ctx) error {
	if _, err := c.WriteString("raw"); err != nil {
		return c.Status(fiber3.StatusInternalServerError).SendString(err.Error())
	}
	return nil
}
