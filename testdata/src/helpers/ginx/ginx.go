// Package ginx is a gin project's helpers.
package ginx

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Fail aborts with a JSON error.
func Fail(c *gin.Context, code int, msg string) { // want Fail:`statusWrapper\(arg1 body ends\)`
	c.AbortWithStatusJSON(code, gin.H{"error": msg})
}

// NotFound has a handler's shape and is used as a helper.
func NotFound(c *gin.Context) { // want NotFound:`fixedStatus\(404 body ends\)` NotFound:`handler\(404\)`
	Fail(c, http.StatusNotFound, "not found")
}

// OK answers through the writer gin wraps.
func OK(w http.ResponseWriter, v string) { // want OK:`fixedStatus\(200 body ends\)`
	w.WriteHeader(http.StatusOK)
	w.Write([]byte(v))
}

// SuccessOrAbort aborts with code when err is not nil and says whether to go on.
func SuccessOrAbort(c *gin.Context, code int, err error) bool { // want SuccessOrAbort:`statusWrapper\(arg1 body ends\) when false`
	if err != nil {
		c.AbortWithStatusJSON(code, gin.H{"error": err.Error()})
		return false
	}
	return true
}
