package undeclaredstatus

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// The document's server path /shop is the chi Route prefix; its {id} is
// chi's {productID}; its trailing slash on /products/ does not count.
func chiRoutes() http.Handler {
	r := chi.NewRouter()
	r.Route("/shop", func(r chi.Router) {
		r.Get("/products/{productID}", chiGetProduct)
		r.Delete("/products/{productID}", chiDeleteProduct)
		r.Post("/products", chiCreateProduct)
		r.Put("/products/{productID}", chiPutProduct)  // PUT is documented for no path: quiet
		r.Get("/products/{productID}/stock", chiStock) // not in the document: quiet
	})
	return r
}

func chiGetProduct(w http.ResponseWriter, r *http.Request) {
	if chi.URLParam(r, "productID") == "" {
		http.Error(w, "no id", http.StatusBadRequest) // want `undeclared-status: 400 Bad Request answers GET /shop/products/\{productID\}, but openapi30.yaml:7 \(GET /shop/products/\{id\}\) does not declare it \(declared: 200, 404\)`
		return
	}
	w.Write([]byte("product"))
}

func chiDeleteProduct(w http.ResponseWriter, r *http.Request) {
	if chi.URLParam(r, "productID") == "" {
		http.Error(w, "no id", http.StatusBadRequest) // declared by 4XX
		return
	}
	if chi.URLParam(r, "productID") == "busy" {
		http.Error(w, "busy", http.StatusServiceUnavailable) // want `undeclared-status: 503 Service Unavailable answers DELETE /shop/products/\{productID\}, but openapi30.yaml:12 \(DELETE /shop/products/\{id\}\) does not declare it \(declared: 204, 4XX\)`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func chiCreateProduct(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		http.Error(w, "empty", http.StatusBadRequest) // declared by default
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func chiPutProduct(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusAccepted)
}

func chiStock(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTeapot)
}
