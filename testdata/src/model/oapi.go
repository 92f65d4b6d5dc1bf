package model

// A spec-first server in one package, shaped like oapi-codegen's
// std-http-server output: the wrapper registered for the route calls the
// implementation through the server interface with the path parameter as
// an argument, so the implementation serves the wrapper's route.

import "net/http"

type petsServer interface {
	DeletePet(w http.ResponseWriter, r *http.Request, id string)
}

type petsMux interface {
	HandleFunc(pattern string, handler func(http.ResponseWriter, *http.Request))
}

type petsWrapper struct{ Handler petsServer }

func (siw *petsWrapper) DeletePet(w http.ResponseWriter, r *http.Request) { // want `handler petsWrapper.DeletePet net/http DELETE at DELETE …/pets/\{id\}$`
	id := r.PathValue("id")
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `handler petsWrapper.DeletePet.func net/http unknown`
		siw.Handler.DeletePet(w, r, id)
	})
	handler.ServeHTTP(w, r)
}

func petsRoutes(m petsMux, si petsServer, base string) {
	wrapper := petsWrapper{Handler: si}
	m.HandleFunc("DELETE "+base+"/pets/{id}", wrapper.DeletePet)
}

type petsImpl struct{}

func (petsImpl) DeletePet(w http.ResponseWriter, r *http.Request, id string) {} // want `handler petsImpl.DeletePet net/http DELETE at DELETE …/pets/\{id\}$`

// notAHandler has a handler's parameters and more, but nothing calls it
// as one: it stays a plain function.
func (petsImpl) notAHandler(w http.ResponseWriter, r *http.Request, id string) {}

// A middleware registered for a route calls the next handler through
// http.Handler: the package's other ServeHTTP types do not take its route.
type petsLegacy struct{}

func (petsLegacy) ServeHTTP(w http.ResponseWriter, r *http.Request) {} // want `handler petsLegacy.ServeHTTP net/http GET, HEAD at GET, HEAD …/legacy$`

func petsLogging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `handler petsLogging.func net/http POST at POST …/pets$`
		next.ServeHTTP(w, r)
	})
}

func petsMoreRoutes(mux *http.ServeMux, create http.Handler) {
	mux.Handle("GET /legacy", petsLegacy{})
	mux.Handle("POST /pets", petsLogging(create))
}
