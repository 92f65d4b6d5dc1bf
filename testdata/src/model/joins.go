package model

import (
	"net/http"

	"golang.org/x/sync/errgroup"
)

// fanOut waits for its goroutines: nothing is left running in the background.
func fanOut(w http.ResponseWriter, r *http.Request) { // want `handler fanOut net/http unknown`
	var g errgroup.Group
	g.Go(func() error { return nil })
	if err := g.Wait(); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
