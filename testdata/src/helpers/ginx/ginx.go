// Package ginx is a gin project's helpers.
package ginx

import (
	"errors"
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
func SuccessOrAbort(c *gin.Context, code int, err error) bool { // want SuccessOrAbort:`statusWrapper\(arg1 body ends\) when false err\(arg2\)$`
	if err != nil {
		c.AbortWithStatusJSON(code, gin.H{"error": err.Error()})
		return false
	}
	return true
}

// Succeeded is SuccessOrAbort as gotify writes it: the result is the test
// itself, false exactly where it aborted.
func Succeeded(c *gin.Context, code int, err error) (success bool) { // want Succeeded:`statusWrapper\(arg1 body ends\) when false err\(arg2\)$`
	if err != nil {
		c.AbortWithStatusJSON(code, gin.H{"error": err.Error()})
	}
	return err == nil
}

// Mixed returns a test the guards do not decide on every path: no fact.
func Mixed(c *gin.Context, code int, err error, strict bool) bool {
	if err != nil && strict {
		c.AbortWithStatusJSON(code, gin.H{"error": err.Error()})
	}
	return err == nil
}

// HandleError answers code when err is not nil and says so.
func HandleError(c *gin.Context, err error, code int) bool { // want HandleError:`statusWrapper\(arg2 body ends\) when true err\(arg1\)$`
	if err != nil {
		c.JSON(code, gin.H{"error": err.Error()})
		return true
	}
	return false
}

// Abort answers code when err is not nil, after recording the error.
func Abort(c *gin.Context, err error, code int) bool { // want Abort:`statusWrapper\(arg2 body ends\) when true err\(arg1\)$`
	if err == nil {
		return false
	}
	_ = c.Error(err)
	c.AbortWithStatusJSON(code, gin.H{"error": err.Error()})
	return true
}

// Failed says whether err is not nil and writes nothing: no helper fact
// (it only reads its context: it does not touch it at all).
func Failed(c *gin.Context, err error, code int) bool { // want Failed:`readOnly\[0\]`
	if err != nil {
		return true
	}
	return false
}

// Reject answers code when ok is false: a conditional wrapper, with no
// error to speak of.
func Reject(c *gin.Context, ok bool, code int) bool { // want Reject:`statusWrapper\(arg2 body ends\) when true$`
	if !ok {
		c.JSON(code, gin.H{"error": "rejected"})
		return true
	}
	return false
}

// Wrapped answers about an error it replaced: the argument may be nil
// where it answered, so no error parameter is named.
func Wrapped(c *gin.Context, err error, code int) bool { // want Wrapped:`statusWrapper\(arg2 body ends\) when true$`
	err = wrap(err)
	if err != nil {
		c.JSON(code, gin.H{"error": err.Error()})
		return true
	}
	return false
}

func wrap(err error) error {
	if err == nil {
		return errors.New("nothing")
	}
	return err
}
