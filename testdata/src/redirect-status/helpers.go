package redirectstatus

import (
	"net/http"

	"statuslint.test/src/helpers/respond"
)

func helperRedirect(w http.ResponseWriter, r *http.Request) {
	respond.Redirect(w, r, "/login", http.StatusOK) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 302 Found$`
}

// --- negatives ---

func helperSeeOther(w http.ResponseWriter, r *http.Request) {
	respond.Redirect(w, r, "/login", http.StatusSeeOther)
}
