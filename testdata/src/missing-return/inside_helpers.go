package missingreturn

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

// Rules inside helpers: a function that is given the response without
// being a handler is checked where the mistake is, once.

type deleteResult struct {
	Deleted int `json:"deleted"`
}

// --- positives ---

// navidrome's writeDeleteManyResponse shape: the error branch answers 500,
// then everyone gets the body.
func writeDeleteManyResponse(w http.ResponseWriter, n int, err error) {
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `missing-return: http\.Error completes the response in writeDeleteManyResponse but the function goes on to write another one; return after it`
	}
	resp, _ := json.Marshal(deleteResult{Deleted: n})
	w.Write(resp)
}

func renderUser(c *gin.Context, u *user, err error) {
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `missing-return: c\.JSON completes the response in renderUser but the function goes on to write another one; return after it`
	}
	c.JSON(http.StatusOK, u)
}

// An echo helper returning the response's error: the fix returns it.
func sendUser(c echo.Context, u *user, err error) error {
	if err != nil {
		c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()}) // want `missing-return: c\.JSON completes the response in sendUser but the function goes on to write another one; return after it`
	}
	return c.JSON(http.StatusOK, u)
}

// A helper returning a bool: reported, with no fix (a bare return would
// not compile).
func checkedWrite(w http.ResponseWriter, ok bool) bool {
	if !ok {
		http.Error(w, "not ready", http.StatusServiceUnavailable) // want `missing-return: http\.Error completes the response in checkedWrite but the function goes on to write another one; return after it`
	}
	w.Write([]byte("ready"))
	return ok
}

// A fiber helper: the status it writes last is the one sent, so the error
// answer is lost.
func fiberSendUser(c *fiber.Ctx, u *user, err error) error {
	if err != nil {
		c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": err.Error()}) // want `missing-return: c\.Status\(fiber\.StatusInternalServerError\)\.JSON completes the response in fiberSendUser but the function goes on to write another one; return after it`
	}
	return c.JSON(u)
}

// --- negatives ---

// The handlers call the helpers above: their findings are in the helpers,
// not here.
func deleteMany(w http.ResponseWriter, r *http.Request) {
	writeDeleteManyResponse(w, 3, nil)
}

func ginShowUser(c *gin.Context) {
	renderUser(c, &user{Name: "ann"}, nil)
}

// A helper that answers and stops: every caller returns after it.
func badRequest(w http.ResponseWriter, msg string) {
	http.Error(w, msg, http.StatusBadRequest)
}

func usesBadRequest(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		badRequest(w, "missing id")
		return
	}
	w.Write([]byte("ok"))
}

// A helper whose error branch returns.
func writeOrFail(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write(b)
}
