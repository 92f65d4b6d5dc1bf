package authstatus

import (
	"net/http"
	"slices"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"

	"statuslint.test/src/helpers/apperr"
	"statuslint.test/src/helpers/authx"
	"statuslint.test/src/helpers/respond"
	"statuslint.test/src/helpers/users"
)

func helperRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /helper/admin", helperAdmin)
	mux.HandleFunc("GET /helper/me", helperMe)
	mux.HandleFunc("GET /helper/org", helperOrg)
}

func helperAdmin(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	if !u.IsAdmin() {
		respond.Error(w, http.StatusUnauthorized, "admins only") // want `auth-status: 401 Unauthorized .*IsAdmin.*403 Forbidden`
		return
	}
	respond.JSON(w, http.StatusOK, u)
}

// --- negatives ---

func helperMe(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		respond.Error(w, http.StatusUnauthorized, "log in") // no credentials: 401 is right
		return
	}
	respond.JSON(w, http.StatusOK, nil)
}

func lookupOrg(r *http.Request) (string, error) { return r.PathValue("org"), nil }

// A failed lookup answers 401 on a path where an outer role test is known:
// the status is about the lookup's error, not about the role.
func helperOrg(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	if u.IsAdmin() {
		respond.JSON(w, http.StatusOK, "every org")
		return
	}
	org, err := lookupOrg(r)
	if err != nil {
		respond.Error(w, http.StatusUnauthorized, "no such org")
		return
	}
	respond.JSON(w, http.StatusOK, org)
}

// --- access functions of other packages (helpers/users, helpers/authx) ---

func accessRoutes(mux *http.ServeMux, r *gin.Engine, e *echo.Echo, app *fiber.App) {
	mux.HandleFunc("POST /x/login", xLogin)
	mux.HandleFunc("GET /x/token", xToken)
	mux.HandleFunc("PUT /x/posts/{id}", xEditPost)
	mux.Handle("GET /x/files/{id}", apperr.StatusHandler(xDownload))
	r.GET("/x/admin", ginXAdmin)
	e.GET("/x/boards/:id", echoXBoard)
	app.Get("/x/cart", fiberXCart)
}

type post struct{ ID, AuthorID string }

func loadPost(id string) *post { return &post{ID: id} }

type board struct{ Members []string }

func loadBoard(id string) *board { return &board{} }

// A method of another package that checks a password.
func xLogin(w http.ResponseWriter, r *http.Request) {
	u := authx.CurrentUser(r)
	if u == nil {
		respond.Error(w, http.StatusForbidden, "log in") // want `auth-status: 403 Forbidden .*no user from authx.CurrentUser.*401 Unauthorized`
		return
	}
	if !u.CheckPassword(r.FormValue("password")) {
		http.Error(w, "wrong password", http.StatusForbidden) // want `auth-status: 403 Forbidden .*users.User.CheckPassword: bcrypt.CompareHashAndPassword.*401 Unauthorized`
		return
	}
	if !u.Verified {
		http.Error(w, "verify your email first", http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*known user's Verified.*403 Forbidden`
		return
	}
	if u.Plan != "pro" {
		http.Error(w, "upgrade first", http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*known user's Plan \(u.Plan, the user from authx.CurrentUser\).*403 Forbidden`
		return
	}
	if !u.IsEditor() {
		http.Error(w, "editors only", http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*users.User.IsEditor: a role check \(u.Role\).*403 Forbidden`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// A function of another package whose error is the token check's.
func xToken(w http.ResponseWriter, r *http.Request) {
	claims, err := users.ParseClaims(r.Header.Get("Authorization"))
	if err != nil {
		w.WriteHeader(http.StatusForbidden) // want `auth-status: 403 Forbidden .*users.ParseClaims: jwt.ParseWithClaims.*401 Unauthorized`
		return
	}
	if err := users.RequireScope(claims, "tokens:read"); err != nil {
		w.WriteHeader(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*users.RequireScope.*403 Forbidden`
		return
	}
	respond.JSON(w, http.StatusOK, claims)
}

// Ownership: the known user is not the post's author.
func xEditPost(w http.ResponseWriter, r *http.Request) {
	u := authx.CurrentUser(r)
	if u == nil {
		w.Header().Set("WWW-Authenticate", "Bearer")
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	p := loadPost(r.PathValue("id"))
	if p.AuthorID != u.ID {
		http.Error(w, "not your post", http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*ownership check \(p.AuthorID against the user from authx.CurrentUser\).*403 Forbidden`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// A success answering a permission denial, in a handler whose adapter
// writes the status it returns.
func xDownload(w http.ResponseWriter, r *http.Request) (int, error) {
	u := users.FromContext(r.Context())
	if u == nil {
		return http.StatusUnauthorized, nil
	}
	if !u.Perm.Download {
		return http.StatusAccepted, nil // want `auth-status: 202 Accepted answers a denial by a role check \(u.Perm.Download\).*403 Forbidden`
	}
	return http.StatusOK, nil
}

// gin: a role middleware stored, and a 200 whose body is the error.
func ginXAdmin(c *gin.Context) {
	u := authx.GinUser(c)
	if u == nil {
		c.JSON(http.StatusOK, gin.H{"error": "log in"}) // want `auth-status: 200 OK answers a denial by no user from authx.GinUser.*401 Unauthorized`
		return
	}
	if c.GetString("role") != "admin" {
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "admins only"}) // want `auth-status: 401 Unauthorized .*role read from the request \(c.GetString\("role"\)\).*403 Forbidden`
		return
	}
	if !u.Allows("admin:write") {
		c.JSON(http.StatusOK, gin.H{"error": "forbidden"}) // want `auth-status: 200 OK answers a denial by a permission check \(users.User.Allows.*403 Forbidden`
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// echo: membership of the board.
func echoXBoard(c echo.Context) error {
	u := authx.EchoUser(c)
	if u == nil {
		return c.NoContent(http.StatusForbidden) // want `auth-status: 403 Forbidden .*no user from authx.EchoUser.*401 Unauthorized`
	}
	b := loadBoard(c.Param("id"))
	if !slices.Contains(b.Members, u.ID) {
		return c.JSON(http.StatusUnauthorized, map[string]string{"error": "not a member"}) // want `auth-status: 401 Unauthorized .*membership check.*403 Forbidden`
	}
	return c.JSON(http.StatusOK, b)
}

// fiber: a token check of another package.
func fiberXCart(c *fiber.Ctx) error {
	if err := users.VerifyToken(c.Get("Authorization")); err != nil {
		return c.SendStatus(fiber.StatusForbidden) // want `auth-status: 403 Forbidden .*users.VerifyToken: jwt.Parse.*401 Unauthorized`
	}
	u := authx.FiberUser(c)
	if !u.IsEditor() {
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "editors only"}) // want `auth-status: 401 Unauthorized .*IsEditor.*403 Forbidden`
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// --- quiet ---

// A 404 for a post the user may not see hides that it exists: deliberate.
func xHiddenPost(w http.ResponseWriter, r *http.Request) {
	u := authx.CurrentUser(r)
	if u == nil {
		w.Header().Set("WWW-Authenticate", "Bearer")
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	p := loadPost(r.PathValue("id"))
	if p.AuthorID != u.ID {
		http.Error(w, "no such post", http.StatusNotFound)
		return
	}
	if !u.IsEditor() {
		w.WriteHeader(http.StatusForbidden) // right
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// A check that logs and returns nil says nothing: its error branch is no
// credential guard.
func xLoginLogged(w http.ResponseWriter, r *http.Request) {
	u := authx.CurrentUser(r)
	if u == nil {
		w.Header().Set("WWW-Authenticate", "Bearer")
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if err := users.CheckPasswordLogged(u, r.FormValue("password")); err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// A role test that guards no answer; the status after it is not its.
func xLogRole(w http.ResponseWriter, r *http.Request) {
	u := authx.CurrentUser(r)
	if u != nil {
		users.LogRole(u)
		if u.Role != "admin" {
			println("not an admin")
		}
	}
	w.WriteHeader(http.StatusUnauthorized)
}

// A guest gets the public list: a 200 with data on a role's branch is what
// the user may see.
func ginXPublic(c *gin.Context) {
	u := authx.GinUser(c)
	if u == nil || !u.IsEditor() {
		c.JSON(http.StatusOK, gin.H{"items": []string{"public"}})
		return
	}
	c.JSON(http.StatusOK, gin.H{"items": []string{"public", "drafts"}})
}

// A context value that is no principal: an empty one is no missing user.
func ginXLocale(c *gin.Context) {
	if authx.Locale(c) == "" {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	c.Status(http.StatusNoContent)
}

// A database failure under Authenticate is not a credential check.
func xAuthenticate(w http.ResponseWriter, r *http.Request) {
	if err := users.Authenticate(nil, r.FormValue("user"), r.FormValue("password")); err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// No user: an empty success may be the anonymous answer on purpose.
func xGuestNotifications(w http.ResponseWriter, r *http.Request) {
	u := authx.CurrentUser(r)
	if u == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	respond.JSON(w, http.StatusOK, []string{"welcome " + u.ID})
}

// The field's test is about it being set, not a denial.
func xEmailSet(w http.ResponseWriter, r *http.Request) {
	u := authx.CurrentUser(r)
	if u == nil {
		w.Header().Set("WWW-Authenticate", "Bearer")
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if u.Email != "" {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
