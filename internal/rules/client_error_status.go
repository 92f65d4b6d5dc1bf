package rules

import "github.com/statuslint/statuslint/internal/classify"

// ClientErrorStatus reports a 5xx for an error the request caused: decoding
// its body, parsing a path or query value, binding it.
//
//	id, err := strconv.Atoi(r.PathValue("id"))
//	if err != nil {
//		http.Error(w, "bad id", http.StatusInternalServerError) // want 400
//	}
var ClientErrorStatus = Rule{
	ID:    "client-error-status",
	Group: Default,
	Title: "a 5xx for an error the request caused",
	Basis: "seed 400/500",
	Run: errorStatus{
		class:  classify.Decode,
		wrong:  is5xx,
		want:   always(400),
		reason: "the client sent it, which is 400 Bad Request, not a server failure",
	}.run,
}
