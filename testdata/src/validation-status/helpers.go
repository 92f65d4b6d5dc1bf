package validationstatus

import (
	"encoding/json"
	"net/http"

	"github.com/go-playground/validator/v10"
	"statuslint.test/src/helpers/respond"
)

type helperSignup struct {
	Email string `json:"email" validate:"required,email"`
}

func helperRoutes(mux *http.ServeMux, v *validator.Validate) {
	mux.HandleFunc("POST /helper/signups", func(w http.ResponseWriter, r *http.Request) {
		var s helperSignup
		if err := json.NewDecoder(r.Body).Decode(&s); err != nil {
			respond.Error(w, http.StatusBadRequest, err.Error())
			return
		}
		if err := v.Struct(s); err != nil {
			respond.Error(w, http.StatusBadRequest, err.Error()) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.Validate\.Struct\) in POST /helper/signups`
			return
		}
		respond.JSON(w, http.StatusCreated, s)
	})
}
