// Command bookstore runs every slice of the bookstore API on its own port,
// all backed by one in-memory store.
package main

import (
	"flag"
	"log"
	"net/http"
	"os"
	"os/signal"
	"time"

	"example.com/bookstore/chiapi"
	"example.com/bookstore/echoapi"
	"example.com/bookstore/fiberapi"
	"example.com/bookstore/ginapi"
	"example.com/bookstore/muxapi"
	"example.com/bookstore/reviews"
	"example.com/bookstore/stdlib"
	"example.com/bookstore/store"
)

func main() {
	apiKey := flag.String("api-key", os.Getenv("BOOKSTORE_API_KEY"), "back-office API key for the chi endpoints")
	flag.Parse()

	s := store.New()
	moderators := map[string]ginapi.Moderator{
		"mod-token-alice": {Name: "alice", CanDelete: true},
		"mod-token-bob":   {Name: "bob"},
	}
	customers := map[string]string{"session-demo": "customer-1"}

	errs := make(chan error, 7)
	serve := func(name, addr string, h http.Handler) {
		srv := &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 5 * time.Second}
		log.Printf("%s listening on %s", name, addr)
		errs <- srv.ListenAndServe()
	}
	go serve("catalog (net/http)", ":8080", stdlib.NewHandler(s))
	go serve("authors (chi)", ":8081", chiapi.NewRouter(s, *apiKey))
	go serve("inventory (gorilla/mux)", ":8082", muxapi.NewRouter(s))
	go serve("storefront (gin)", ":8083", ginapi.NewEngine(s, moderators))
	go serve("back office (echo)", ":8084", echoapi.NewServer(s))
	go serve("reviews (net/http)", ":8086", reviewRoutes(s))
	go func() {
		log.Printf("orders (fiber) listening on :8085")
		errs <- fiberapi.NewApp(s, customers).Listen(":8085")
	}()

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	select {
	case err := <-errs:
		log.Fatal(err)
	case <-stop:
		log.Print("shutting down")
	}
}

// reviewRoutes registers the reviews slice, whose handlers live in package
// reviews and answer through package respond.
func reviewRoutes(s *store.Store) http.Handler {
	h := &reviews.Handlers{Store: s}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /books/{id}/reviews", h.List)
	mux.HandleFunc("POST /books/{id}/reviews", h.Add)
	mux.HandleFunc("GET /books/{id}/reviews/summary", h.Summary)
	mux.HandleFunc("DELETE /reviews/{id}", h.Delete)
	return mux
}
