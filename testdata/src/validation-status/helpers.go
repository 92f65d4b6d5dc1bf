package validationstatus

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-playground/validator/v10"
	"statuslint.test/src/helpers/api"
	"statuslint.test/src/helpers/ginx"
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

// A handler of another package, checked at the registration: the route's
// method says whether the request has content.
func remoteRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /helper/widgets/{id}/name", api.RenameWidget) // want `validation-status: api\.RenameWidget: 400 Bad Request answers a request that failed validation \(the error comes from validator\.Validate\.Var\) in POST /helper/widgets/\{id\}/name, registered here; .*422 Unprocessable Entity`

	// --- negatives ---
	mux.HandleFunc("GET /helper/widgets/{id}/name", api.RenameWidget) // a GET has no content: 400 is right
}

// RenameHelper has no route here: whether its request has content is for
// the registering package to say.
func RenameHelper(w http.ResponseWriter, r *http.Request) {
	if err := validate.Var(r.FormValue("name"), "required,alphanum"); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// gin's ShouldBind* through another package's helpers: its error is the
// client's, but neither a decode nor a validation error for sure, so 400
// and 422 both stand.
func ginBindHelperRoutes(r *gin.Engine) {
	r.POST("/helper/gin/signups", func(c *gin.Context) {
		var s helperSignup
		if ginx.HandleError(c, c.ShouldBindJSON(&s), http.StatusBadRequest) {
			return
		}
		c.JSON(http.StatusCreated, s)
	})
	r.POST("/helper/gin/signups/422", func(c *gin.Context) {
		var s helperSignup
		if err := c.ShouldBindJSON(&s); err != nil {
			ginx.Fail(c, http.StatusUnprocessableEntity, err.Error())
			return
		}
		c.JSON(http.StatusCreated, s)
	})
}
