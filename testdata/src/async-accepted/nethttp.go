package asyncaccepted

import (
	"encoding/json"
	"net/http"
	"strconv"
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

// --- the answer carries the result of work done in the handler ---

type itemStore struct{}

func (itemStore) Create(name string) (job, error) { return job{ID: name}, nil }
func (itemStore) Count() (int, error)             { return 0, nil }

var store itemStore

func newID() string { return "1" }

func resultRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /items", createAndNotify)
	mux.HandleFunc("POST /items/wrapped", createWrapped)
	mux.HandleFunc("POST /items/id", queuedWithID)
	mux.HandleFunc("POST /items/echo", echoInput)
	mux.HandleFunc("POST /items/number", parsedNumber)
}

// The item exists when the answer goes out; the goroutine only notifies.
func createAndNotify(w http.ResponseWriter, r *http.Request) {
	it, err := store.Create(r.FormValue("name"))
	if err != nil {
		http.Error(w, "store failed", http.StatusInternalServerError)
		return
	}
	go notify(it)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(it)
}

// The result inside a literal, and the goroutine before the work.
func createWrapped(w http.ResponseWriter, r *http.Request) {
	go audit(job{})
	n, err := store.Count()
	if err != nil {
		http.Error(w, "store failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(map[string]int{"total": n})
}

// An identifier made for the job is an acknowledgement, not a result.
func queuedWithID(w http.ResponseWriter, r *http.Request) {
	id := newID()
	go process(job{ID: id})
	w.WriteHeader(http.StatusOK) // want `async-accepted: 200 OK answers POST /items/id after handing the work to a goroutine`
	json.NewEncoder(w).Encode(map[string]string{"id": id, "status": "queued"})
}

// The request's own value echoed back.
func echoInput(w http.ResponseWriter, r *http.Request) {
	j := job{ID: r.FormValue("id")}
	go process(j)
	w.WriteHeader(http.StatusOK) // want `async-accepted: 200 OK answers POST /items/echo after handing the work to a goroutine`
	json.NewEncoder(w).Encode(j)
}

// A value parsed from the request returns an error too, but it is the input.
func parsedNumber(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.FormValue("n"))
	if err != nil {
		http.Error(w, "bad n", http.StatusBadRequest)
		return
	}
	go process(job{})
	w.WriteHeader(http.StatusOK) // want `async-accepted: 200 OK answers POST /items/number after handing the work to a goroutine`
	json.NewEncoder(w).Encode(map[string]int{"n": n})
}
