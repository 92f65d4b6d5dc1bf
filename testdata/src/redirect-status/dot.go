package redirectstatus

// A dot import: the fix writes the bare constant name.
import . "net/http"

func dotRoutes(mux *ServeMux) {
	mux.HandleFunc("PUT /dot", dotPut)
}

func dotPut(w ResponseWriter, r *Request) {
	Redirect(w, r, "/dot", StatusOK) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers PUT\)`
}
