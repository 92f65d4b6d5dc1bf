package validationstatus

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-playground/validator/v10"
)

type signupRequest struct {
	Email    string `json:"email" validate:"required,email"`
	Password string `json:"password" validate:"required,min=12"`
}

// Validate is the request's own check.
func (r signupRequest) Validate() error {
	if !strings.Contains(r.Email, "@") {
		return errors.New("email: not an address")
	}
	return nil
}

var validate = validator.New(validator.WithRequiredStructEnabled())

type signupService struct{}

func (s *signupService) Register(req signupRequest) error { return nil }

type signupServer struct{ svc *signupService }

func routes(mux *http.ServeMux, s *signupServer) {
	mux.HandleFunc("POST /signups", s.signup)
	mux.HandleFunc("POST /signups/email", s.signupEmail)
	mux.HandleFunc("POST /signups/method", s.signupMethod)
	mux.HandleFunc("POST /signups/service", s.signupService)
	mux.HandleFunc("POST /signups/literal", s.signupLiteral)
	mux.HandleFunc("POST /signups/json", s.signupJSON)
	mux.HandleFunc("POST /signups/form", s.signupForm)
	mux.HandleFunc("GET /signups/{id}", s.getSignup)
	mux.HandleFunc("POST /signups/factory", signupHandler())
	mux.HandleFunc("POST /signups/inline", func(w http.ResponseWriter, r *http.Request) {
		var req signupRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			const invalid = http.StatusUnprocessableEntity
			http.Error(w, err.Error(), invalid) // want `validation-status: 422 Unprocessable Entity answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /signups/inline; .*400 Bad Request`
			return
		}
		w.WriteHeader(http.StatusCreated)
	})

	mux.HandleFunc("POST /signups/ok", s.signupOK)
	mux.HandleFunc("POST /signups/fields", s.signupFields)
}

// Decoded fine (400 on failure is right), then failed validation.
func (s *signupServer) signup(w http.ResponseWriter, r *http.Request) {
	var req signupRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := validate.Struct(req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.Validate\.Struct\) in POST /signups; .*422 Unprocessable Entity`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *signupServer) signupEmail(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	if err := validate.Var(email, "required,email"); err != nil {
		w.WriteHeader(400) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.Validate\.Var\) in POST /signups/email; .*422 Unprocessable Entity`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// A Validate() error method on the decoded value.
func (s *signupServer) signupMethod(w http.ResponseWriter, r *http.Request) {
	var req signupRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := req.Validate(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from .*Validate\) in POST /signups/method; .*422 Unprocessable Entity`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// validator.ValidationErrors picked out of an error from the project's code.
func (s *signupServer) signupService(w http.ResponseWriter, r *http.Request) {
	err := s.svc.Register(signupRequest{Email: r.FormValue("email")})
	var ve validator.ValidationErrors
	if errors.As(err, &ve) {
		http.Error(w, ve.Error(), http.StatusBadRequest) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.ValidationErrors\) in POST /signups/service; .*422 Unprocessable Entity`
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *signupServer) signupLiteral(w http.ResponseWriter, r *http.Request) {
	err := s.svc.Register(signupRequest{Email: r.FormValue("email")})
	if errors.As(err, &validator.ValidationErrors{}) {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.ValidationErrors\) in POST /signups/literal; .*422 Unprocessable Entity`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Malformed input answered 422.
func (s *signupServer) signupJSON(w http.ResponseWriter, r *http.Request) {
	var req signupRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity) // want `validation-status: 422 Unprocessable Entity answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /signups/json; .*400 Bad Request`
		return
	}
	if err := validate.Struct(req); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *signupServer) signupForm(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		w.WriteHeader(422) // want `validation-status: 422 Unprocessable Entity answers a request that could not be read \(the error comes from http\.Request\.ParseForm\) in POST /signups/form; .*400 Bad Request`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *signupServer) getSignup(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusUnprocessableEntity) // want `validation-status: 422 Unprocessable Entity answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /signups/\{id\}; .*400 Bad Request`
		return
	}
	json.NewEncoder(w).Encode(id)
}

// A handler returned by a factory.
func signupHandler() http.HandlerFunc {
	v := validator.New()
	return func(w http.ResponseWriter, r *http.Request) {
		var req signupRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := v.Struct(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.Validate\.Struct\) in POST /signups/factory; .*422 Unprocessable Entity`
			return
		}
		w.WriteHeader(http.StatusCreated)
	}
}

// --- quiet ---

func (s *signupServer) signupOK(w http.ResponseWriter, r *http.Request) {
	var req signupRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := validate.Struct(req); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	if err := req.Validate(); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Hand-written field checks: either code is the author's call.
func (s *signupServer) signupFields(w http.ResponseWriter, r *http.Request) {
	var req signupRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if req.Email == "" {
		http.Error(w, "email is required", http.StatusBadRequest)
		return
	}
	if len(req.Password) < 12 {
		http.Error(w, "password too short", http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
