package createdlocation

import (
	"encoding/json"
	"net/http"
)

type item struct{ ID string }

type itemStore struct{ base string }

func routes(mux *http.ServeMux, s *itemStore) {
	mux.HandleFunc("POST /items", createItem)
	mux.HandleFunc("POST /items/copy", s.copyItem)
	mux.HandleFunc("/items/guarded", guardedCreate)
	mux.HandleFunc("/items/switch", itemsSwitch)
	mux.HandleFunc("POST /items/late", lateLocation)
	mux.HandleFunc("POST /items/branch", s.otherBranch)
	mux.HandleFunc("POST /items/content-location", contentLocation)
	mux.HandleFunc("POST /items/request-header", requestHeader)
	mux.Handle("POST /items/made", createHandler(s))
	mux.HandleFunc("POST /items/inline", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(201) // want `created-location: 201 Created answers POST /items/inline with no Location header`
	})

	mux.HandleFunc("POST /items/located", createLocated)
	mux.HandleFunc("PUT /items/{id}", putItem)
	mux.HandleFunc("/items/put-guarded", putGuarded)
	mux.HandleFunc("POST /items/form", itemForm)
	mux.HandleFunc("PUT /items/form", itemForm)
	mux.HandleFunc("POST /items/some", s.locatedOnSomePath)
	mux.HandleFunc("POST /items/helper", s.viaHelper)
	mux.HandleFunc("POST /items/ok", createdAsOK)
	mux.HandleFunc("POST /items/redirect", createAndRedirect)
	mux.HandleFunc("POST /items/sent", alreadySent)
}

func createItem(w http.ResponseWriter, r *http.Request) {
	var it item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated) // want `created-location: 201 Created answers POST /items with no Location header; tell the client where the new resource is`
	json.NewEncoder(w).Encode(it)
}

// A method value.
func (s *itemStore) copyItem(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated) // want `created-location: 201 Created answers POST /items/copy with no Location header`
	json.NewEncoder(w).Encode(item{})
}

// The guard narrows an any-method route to POST.
func guardedCreate(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(http.StatusCreated) // want `created-location: 201 Created answers POST .*with no Location header`
}

// Only the POST case is about a new resource's location.
func itemsSwitch(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodPost:
		w.WriteHeader(http.StatusCreated) // want `created-location: 201 Created answers POST .*with no Location header`
	case http.MethodPut:
		w.WriteHeader(http.StatusCreated)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// Location set after the header was sent never reaches the client.
func lateLocation(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) // want `created-location: 201 Created answers POST /items/late with no Location header`
	w.Header().Set("Location", "/items/1")
}

// Location is set on another branch, not on the path to this 201.
func (s *itemStore) otherBranch(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	if id != "" {
		w.Header().Set("Location", s.base+"/items/"+id)
		w.WriteHeader(http.StatusCreated)
		return
	}
	w.WriteHeader(http.StatusCreated) // want `created-location: 201 Created answers POST /items/branch with no Location header`
	json.NewEncoder(w).Encode(item{})
}

// Content-Location is not Location.
func contentLocation(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Location", "/items/1")
	w.WriteHeader(http.StatusCreated) // want `created-location: 201 Created answers POST /items/content-location with no Location header`
}

// r.Header is the request's header, not the response's.
func requestHeader(w http.ResponseWriter, r *http.Request) {
	r.Header.Set("Location", "/items/1")
	w.WriteHeader(http.StatusCreated) // want `created-location: 201 Created answers POST /items/request-header with no Location header`
}

// A factory returning the handler; the status is held in a variable.
func createHandler(s *itemStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		status := http.StatusCreated
		w.WriteHeader(status) // want `created-location: 201 Created answers POST /items/made with no Location header`
	}
}

// --- quiet ---

func createLocated(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/items/1")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(item{ID: "1"})
}

// A PUT creates the resource at its own URI.
func putItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}

func putGuarded(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPut {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// POST and PUT share the handler: not known to be a POST.
func itemForm(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}

// No route in this package: the method is unknown.
func orphanCreate(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}

// Set on some path to the 201: the rule asks for none at all.
func (s *itemStore) locatedOnSomePath(w http.ResponseWriter, r *http.Request) {
	if id := r.URL.Query().Get("id"); id != "" {
		w.Header().Set("Location", s.base+"/items/"+id)
	}
	w.WriteHeader(http.StatusCreated)
}

// A helper that is given the writer may set Location.
func (s *itemStore) viaHelper(w http.ResponseWriter, r *http.Request) {
	s.locate(w, "1")
	w.WriteHeader(http.StatusCreated)
}

func (s *itemStore) locate(w http.ResponseWriter, id string) {
	w.Header().Set("Location", s.base+"/items/"+id)
}

func createdAsOK(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(item{})
}

func createAndRedirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/items/1", http.StatusSeeOther)
}

// The 201 comes after the body: the client got a 200.
func alreadySent(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(item{})
	w.WriteHeader(http.StatusCreated)
}
