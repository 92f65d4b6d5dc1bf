package redirectstatus

import (
	"net/http"

	"github.com/gorilla/mux"
)

func muxRoutes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/cart", muxCart).Methods(http.MethodPost, http.MethodDelete)
	r.HandleFunc("/shop", muxShop).Methods("GET", "POST")
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/orders", muxOrder).Methods("PUT")
	return r
}

func muxCart(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/cart/view", http.StatusOK) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers POST/DELETE\)`
}

// muxShop serves GET as well as POST: 302 is right for both.
func muxShop(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/shop/", http.StatusOK) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 302 Found$`
}

func muxOrder(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/api/orders/1", 200) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers PUT\)`
}
