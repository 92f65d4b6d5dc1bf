package superfluousstatus

import (
	"net/http"
	"sync"
)

// A closure that sync.Once.Do runs is flowed at the call, with the state
// of the response there; Do may also not run it (after the first time).

var statusOnce sync.Once

func closureRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /once/write-then-status", onceAfterWrite)
	mux.HandleFunc("GET /once/twice", onceTwice)
	mux.HandleFunc("GET /once/maybe", onceThenStatus)
}

// --- positives ---

// The header went out with the body before the closure runs.
func onceAfterWrite(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("ok"))
	statusOnce.Do(func() {
		w.WriteHeader(http.StatusAccepted) // want `superfluous-status: 202 Accepted is set after the header was already sent \(as 200 OK by w\.Write at line 23\)`
	})
}

func onceTwice(w http.ResponseWriter, r *http.Request) {
	statusOnce.Do(func() {
		w.WriteHeader(http.StatusAccepted)
		w.WriteHeader(http.StatusOK) // want `superfluous-status: 200 OK is set after the header was already sent \(as 202 Accepted by w\.WriteHeader at line 31\)`
	})
}

// --- negatives ---

// Do runs the closure on the first request only: the status after it is
// the first one on every other.
func onceThenStatus(w http.ResponseWriter, r *http.Request) {
	statusOnce.Do(func() { w.WriteHeader(http.StatusAccepted) })
	w.WriteHeader(http.StatusOK)
}
