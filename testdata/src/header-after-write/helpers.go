package headerafterwrite

import (
	"net/http"

	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /helper/items", helperCreate)
	mux.HandleFunc("POST /helper/ok", helperOK)
}

func helperCreate(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusCreated, nil)
	w.Header().Set("Location", "/helper/items/1") // want `header-after-write: header "Location" is changed after the header was sent \(as 201 Created by respond\.JSON at line \d+\)`
}

// --- negatives ---

func helperOK(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/helper/items/1")
	respond.JSON(w, http.StatusCreated, nil)
}
