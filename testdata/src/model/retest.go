package model

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

// A test the guards already decide: after a branch that returned, the
// same test on the same unassigned value cannot go the other way, so the
// events behind it are not reached.

func retestErr(w http.ResponseWriter, r *http.Request) { // want `handler retestErr net/http unknown`
	n, err := strconv.Atoi(r.FormValue("n"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `unreached`
		return
	}
	if nil != err {
		w.WriteHeader(http.StatusInternalServerError) // want `unreached`
	}
	if err == nil {
		w.WriteHeader(http.StatusOK)
	} else {
		w.WriteHeader(http.StatusInternalServerError) // want `unreached`
	}
	if n == 0 {
		return
	}
	if !(n != 0) {
		w.WriteHeader(http.StatusNoContent) // want `unreached`
	}
	w.WriteHeader(http.StatusOK)
}

func retestOK(w http.ResponseWriter, r *http.Request) { // want `handler retestOK net/http unknown`
	_, _, ok := r.BasicAuth()
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	for i := 0; i < 3; i++ {
		if !ok {
			w.WriteHeader(http.StatusUnauthorized) // want `unreached`
		}
	}
	if ok {
		w.WriteHeader(http.StatusOK)
	} else {
		w.WriteHeader(http.StatusUnauthorized) // want `unreached`
	}
}

func fillErr(err *error) {}

// --- reached: the value may have changed, or the first branch goes on ---

func retestChanged(w http.ResponseWriter, r *http.Request) { // want `handler retestChanged net/http unknown`
	n, err := strconv.Atoi(r.FormValue("n"))
	if err != nil {
		return
	}
	_, err = strconv.Atoi(r.FormValue("m"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	m, err := strconv.Atoi(r.FormValue("m"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	err = nil
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
	}
	n++
	if n == m {
		return
	}
	n++
	if n == m {
		w.WriteHeader(http.StatusConflict)
	}
}

func retestAddressed(w http.ResponseWriter, r *http.Request) { // want `handler retestAddressed net/http unknown`
	_, err := strconv.Atoi(r.FormValue("n"))
	if err != nil {
		return
	}
	fillErr(&err)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
	}
}

func retestClosure(w http.ResponseWriter, r *http.Request) { // want `handler retestClosure net/http unknown`
	_, err := strconv.Atoi(r.FormValue("n"))
	if err != nil {
		return
	}
	check := func() { _, err = strconv.Atoi(r.FormValue("m")) }
	check()
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
	}
}

func retestLoopAssigned(w http.ResponseWriter, r *http.Request) { // want `handler retestLoopAssigned net/http unknown`
	var err error
	for _, s := range r.Form["n"] {
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		_, err = strconv.Atoi(s)
	}
	for _, s := range r.Form["m"] { // a range variable changes at the loop head: never decided
		if s == "" {
			continue
		}
		if s == "" {
			w.WriteHeader(http.StatusBadRequest)
		}
	}
}

func retestNoReturn(w http.ResponseWriter, r *http.Request) { // want `handler retestNoReturn net/http unknown`
	_, err := strconv.Atoi(r.FormValue("n"))
	if err != nil {
		w.Header().Set("X-Bad", "n")
	}
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
	}
}

func ginRetest(c *gin.Context) { // want `handler ginRetest gin unknown`
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad id"})
		return
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "bad id"}) // want `unreached`
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": id})
}
