package notfoundstatus

import (
	"encoding/json"
	"errors"
	stdhttp "net/http"

	"github.com/gorilla/mux"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type review struct {
	ID   string `bson:"_id"`
	Text string `bson:"text"`
}

type muxServer struct{ coll *mongo.Collection }

func muxRoutes(s *muxServer) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/reviews/{id}", s.getReview).Methods(stdhttp.MethodGet)
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/reviews/{id}", s.getReviewAPI).Methods("GET")
	r.Methods("GET").Path("/reviews/{id}/text").HandlerFunc(s.getReviewText)

	r.HandleFunc("/reviews/{id}", s.deleteReview).Methods(stdhttp.MethodDelete)
	r.HandleFunc("/reviews/{id}/gone", s.getReviewGone).Methods(stdhttp.MethodGet)
	return r
}

func (s *muxServer) getReview(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	var rv review
	err := s.coll.FindOne(r.Context(), bson.M{"_id": mux.Vars(r)["id"]}).Decode(&rv)
	if errors.Is(err, mongo.ErrNoDocuments) {
		stdhttp.Error(w, "no such review", stdhttp.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(mongo\.ErrNoDocuments\) in GET /reviews/\{id\}; .*use 404 Not Found`
		return
	}
	if err != nil {
		stdhttp.Error(w, err.Error(), stdhttp.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(rv)
}

func (s *muxServer) getReviewAPI(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	vars := mux.Vars(r)
	var rv review
	if err := s.coll.FindOne(r.Context(), bson.M{"_id": vars["id"]}).Decode(&rv); err == mongo.ErrNoDocuments {
		w.WriteHeader(stdhttp.StatusBadRequest) // want `not-found-status: 400 Bad Request answers a not-found error \(mongo\.ErrNoDocuments\) in GET /api/reviews/\{id\}; .*use 404 Not Found`
		return
	}
	json.NewEncoder(w).Encode(rv)
}

func (s *muxServer) getReviewText(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	var rv review
	err := s.coll.FindOne(r.Context(), bson.M{"_id": mux.Vars(r)["id"]}).Decode(&rv)
	switch {
	case errors.Is(err, mongo.ErrNoDocuments):
		w.WriteHeader(502) // want `not-found-status: 502 Bad Gateway answers a not-found error \(mongo\.ErrNoDocuments\) in GET /reviews/\{id\}/text; .*use 404 Not Found`
	case err != nil:
		w.WriteHeader(500)
	default:
		w.Write([]byte(rv.Text))
	}
}

// --- quiet ---

func (s *muxServer) deleteReview(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	res := s.coll.FindOneAndDelete(r.Context(), bson.M{"_id": mux.Vars(r)["id"]})
	if err := res.Err(); errors.Is(err, mongo.ErrNoDocuments) {
		w.WriteHeader(stdhttp.StatusNoContent)
		return
	} else if err != nil {
		stdhttp.Error(w, err.Error(), stdhttp.StatusInternalServerError)
		return
	}
	w.WriteHeader(stdhttp.StatusNoContent)
}

func (s *muxServer) getReviewGone(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	var rv review
	err := s.coll.FindOne(r.Context(), bson.M{"_id": mux.Vars(r)["id"]}).Decode(&rv)
	if errors.Is(err, mongo.ErrNoDocuments) {
		stdhttp.Error(w, "review removed", stdhttp.StatusGone)
		return
	}
	json.NewEncoder(w).Encode(rv)
}
