package asyncaccepted

import (
	"encoding/json"
	"net/http"
	"sync"
	"time"
)

type job struct{ ID string }

type result struct{ Total int }

type worker struct{ queue chan job }

func process(j job)   {}
func audit(j job)     {}
func notify(j job)    {}
func compute() result { return result{} }
func cleanupLoop()    {}

func routes(mux *http.ServeMux, wk *worker) {
	mux.HandleFunc("POST /jobs", startJob)
	mux.HandleFunc("POST /jobs/closure", closureJob)
	mux.HandleFunc("POST /jobs/branches", bothBranches)
	mux.HandleFunc("POST /jobs/method", wk.run)
	mux.HandleFunc("POST /jobs/held", heldStatus)
	mux.Handle("POST /jobs/made", jobHandler(wk))
	mux.HandleFunc("POST /jobs/inline", func(w http.ResponseWriter, r *http.Request) {
		go process(job{})
		w.WriteHeader(200) // want `async-accepted: 200 OK answers POST /jobs/inline after handing the work to a goroutine; the work is not done yet, which is 202 Accepted`
	})

	mux.HandleFunc("POST /jobs/created", createdJob)
	mux.HandleFunc("POST /jobs/maybe", maybeAsync)
	mux.HandleFunc("POST /jobs/accepted", acceptedJob)
	mux.HandleFunc("POST /jobs/after", goAfterAnswer)
	mux.HandleFunc("GET /reports", waitGroup)
	mux.HandleFunc("GET /reports/timeout", withTimeout)
	mux.Handle("POST /jobs/pool", poolHandler())
	mux.HandleFunc("POST /jobs/implicit", implicitOK)
	mux.HandleFunc("POST /jobs/error", errorOnly)
}

func startJob(w http.ResponseWriter, r *http.Request) {
	var j job
	if err := json.NewDecoder(r.Body).Decode(&j); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	go process(j)
	w.WriteHeader(http.StatusOK) // want `async-accepted: 200 OK answers POST /jobs after handing the work to a goroutine; the work is not done yet, which is 202 Accepted`
	json.NewEncoder(w).Encode(j)
}

// A goroutine started from a function literal.
func closureJob(w http.ResponseWriter, r *http.Request) {
	j := job{ID: r.URL.Query().Get("id")}
	go func() {
		process(j)
		notify(j)
	}()
	w.WriteHeader(http.StatusOK) // want `async-accepted: 200 OK answers POST /jobs/closure after handing the work to a goroutine`
}

// A goroutine on every path.
func bothBranches(w http.ResponseWriter, r *http.Request) {
	j := job{ID: r.URL.Query().Get("id")}
	if r.URL.Query().Get("priority") == "high" {
		go process(j)
	} else {
		go func() {
			time.Sleep(time.Second)
			process(j)
		}()
	}
	w.WriteHeader(http.StatusOK) // want `async-accepted: 200 OK answers POST /jobs/branches after handing the work to a goroutine`
}

// A method value.
func (wk *worker) run(w http.ResponseWriter, r *http.Request) {
	go process(job{})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK) // want `async-accepted: 200 OK answers POST /jobs/method after handing the work to a goroutine`
	json.NewEncoder(w).Encode(map[string]string{"status": "queued"})
}

// A status held in a variable: reported, but the fix belongs at its definition.
func heldStatus(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	go process(job{})
	w.WriteHeader(status) // want `async-accepted: 200 OK answers POST /jobs/held after handing the work to a goroutine`
}

// A factory returning the handler.
func jobHandler(wk *worker) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		go process(job{})
		w.WriteHeader(http.StatusOK) // want `async-accepted: 200 OK answers POST /jobs/made after handing the work to a goroutine`
	}
}

// --- quiet ---

// 201: the resource exists; the goroutine is incidental.
func createdJob(w http.ResponseWriter, r *http.Request) {
	j := job{ID: "1"}
	go audit(j)
	w.Header().Set("Location", "/jobs/1")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(j)
}

// A goroutine on some paths only.
func maybeAsync(w http.ResponseWriter, r *http.Request) {
	j := job{ID: "1"}
	if r.URL.Query().Get("async") == "1" {
		go process(j)
	} else {
		process(j)
	}
	w.WriteHeader(http.StatusOK)
}

func acceptedJob(w http.ResponseWriter, r *http.Request) {
	go process(job{})
	w.Header().Set("Location", "/jobs/1/status")
	w.WriteHeader(http.StatusAccepted)
}

// The work is done before the answer; the goroutine after it only audits.
func goAfterAnswer(w http.ResponseWriter, r *http.Request) {
	j := job{ID: "1"}
	process(j)
	w.WriteHeader(http.StatusOK)
	go audit(j)
}

// Fan out and wait: the work is finished when the 200 is sent.
func waitGroup(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	var sales, refunds result
	wg.Add(2)
	go func() {
		defer wg.Done()
		sales = compute()
	}()
	go func() {
		defer wg.Done()
		refunds = compute()
	}()
	wg.Wait()
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode([]result{sales, refunds})
}

// The goroutine's result is received before the 200 is sent.
func withTimeout(w http.ResponseWriter, r *http.Request) {
	ch := make(chan result, 1)
	go func() { ch <- compute() }()
	select {
	case res := <-ch:
		w.WriteHeader(http.StatusOK)
		json.NewEncoder(w).Encode(res)
	case <-time.After(2 * time.Second):
		http.Error(w, "timed out", http.StatusGatewayTimeout)
	}
}

// The factory starts a housekeeping goroutine; the handler starts none.
func poolHandler() http.Handler {
	go cleanupLoop()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
}

// No explicit status: nothing to rewrite.
func implicitOK(w http.ResponseWriter, r *http.Request) {
	go process(job{})
	w.Write([]byte("queued"))
}

// The goroutine is on the error path; the 200 is not after it.
func errorOnly(w http.ResponseWriter, r *http.Request) {
	var j job
	if err := json.NewDecoder(r.Body).Decode(&j); err != nil {
		go audit(j)
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	process(j)
	w.WriteHeader(http.StatusOK)
}
