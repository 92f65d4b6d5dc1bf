package httpapi

import "regexp"

// Access checks: the calls, names and fields the classify package reads
// as authentication or authorization guards, and the model's inference
// reads to find the project's own credential, permission and principal
// functions (model.AuthFact).

// CredentialCalls return an error (or ok=false) when credentials are
// missing or invalid; the value is how messages name the call.
var CredentialCalls = map[string]string{
	"net/http.Request.BasicAuth":                             "r.BasicAuth()",
	"net/http.Request.Cookie":                                "r.Cookie",
	"golang.org/x/crypto/bcrypt.CompareHashAndPassword":      "bcrypt.CompareHashAndPassword",
	"github.com/golang-jwt/jwt/v5.Parse":                     "jwt.Parse",
	"github.com/golang-jwt/jwt/v5.ParseWithClaims":           "jwt.ParseWithClaims",
	"github.com/golang-jwt/jwt/v5.Parser.Parse":              "jwt.Parser.Parse",
	"github.com/golang-jwt/jwt/v5.Parser.ParseWithClaims":    "jwt.Parser.ParseWithClaims",
	"github.com/golang-jwt/jwt/v4.Parse":                     "jwt.Parse",
	"github.com/golang-jwt/jwt/v4.ParseWithClaims":           "jwt.ParseWithClaims",
	"github.com/golang-jwt/jwt/v4.Parser.Parse":              "jwt.Parser.Parse",
	"github.com/golang-jwt/jwt/v4.Parser.ParseWithClaims":    "jwt.Parser.ParseWithClaims",
	"github.com/dgrijalva/jwt-go.Parse":                      "jwt.Parse",
	"github.com/dgrijalva/jwt-go.ParseWithClaims":            "jwt.ParseWithClaims",
	"github.com/gin-gonic/gin.Context.Cookie":                "c.Cookie",
	"github.com/labstack/echo/v4.Context.Cookie":             "c.Cookie",
	"github.com/labstack/echo/v5.Context.Cookie":             "c.Cookie",
	"github.com/alexedwards/argon2id.ComparePasswordAndHash": "argon2id.ComparePasswordAndHash",
}

// PermissionCalls return false (or an error) when a principal lacks permission.
var PermissionCalls = map[string]string{
	"github.com/casbin/casbin/v2.Enforcer.Enforce":       "casbin Enforce",
	"github.com/casbin/casbin/v2.SyncedEnforcer.Enforce": "casbin Enforce",
	"github.com/casbin/casbin.Enforcer.Enforce":          "casbin Enforce",
}

// CredentialLibraries are the packages whose importers the model checks
// for credential functions even when they import no HTTP API (a user
// package's CheckPassword): password hashes, constant-time comparison,
// JWT, casbin.
var CredentialLibraries = map[string]bool{
	"golang.org/x/crypto/bcrypt":      true,
	"golang.org/x/crypto/argon2":      true,
	"golang.org/x/crypto/scrypt":      true,
	"github.com/alexedwards/argon2id": true,
	"crypto/subtle":                   true,
	"github.com/golang-jwt/jwt/v5":    true,
	"github.com/golang-jwt/jwt/v4":    true,
	"github.com/dgrijalva/jwt-go":     true,
	"github.com/casbin/casbin/v2":     true,
	"github.com/casbin/casbin":        true,
}

// JWTPackages are the JWT libraries whose Token.Valid is a credential test.
var JWTPackages = []string{"github.com/golang-jwt/jwt/v5", "github.com/golang-jwt/jwt/v4", "github.com/dgrijalva/jwt-go"}

// ContextReads read a value stored on the request by earlier code
// (middleware): a principal, or a role, comes from there. The value is
// the argument holding the key.
var ContextReads = map[string]int{
	"context.Context.Value":                           0,
	"github.com/gin-gonic/gin.Context.Get":            0,
	"github.com/gin-gonic/gin.Context.MustGet":        0,
	"github.com/gin-gonic/gin.Context.GetString":      0,
	"github.com/gin-gonic/gin.Context.GetBool":        0,
	"github.com/gin-gonic/gin.Context.GetStringSlice": 0,
	"github.com/gin-gonic/gin.Context.Value":          0,
	"github.com/labstack/echo/v4.Context.Get":         0,
	"github.com/labstack/echo/v5.Context.Get":         0,
	"github.com/gofiber/fiber/v2.Ctx.Locals":          0,
	"github.com/gofiber/fiber/v3.Ctx.Locals":          0,
	"github.com/gofiber/fiber/v3.Ctx.Value":           0,
}

var (
	// PermissionName matches predicates about a known principal: CanEdit,
	// HasRole, IsAdmin, IsOwner, HasPermission, Allowed.
	PermissionName = regexp.MustCompile(`^([Cc]an[A-Z]\w*|[Hh]as(Role|Roles|Permission|Permissions|Scope|Scopes|Access)\w*|[Ii]s(Admin|Owner|Staff|Superuser|SuperUser|Moderator)\w*|[Aa]llowed\w*|[Ii]sAllowed\w*|[Aa]uthorized\w*|[Ii]sAuthorized\w*)$`)
	// PermissionField matches fields about a known principal's rights.
	PermissionField = regexp.MustCompile(`^(Role|Roles|Permission|Permissions|Perm|Perms|Scope|Scopes|IsAdmin|Admin|IsStaff|IsSuperuser)$`)
	// PermissionKey matches the keys under which middleware stores a role
	// or permission (c.GetString("role"), claims["scope"]).
	PermissionKey = regexp.MustCompile(`(?i)^(role|roles|user_?role|scope|scopes|permission|permissions|perms?|is_?admin|admin|groups?)$`)
	// CredentialHeader matches the header names that carry credentials.
	CredentialHeader = regexp.MustCompile(`(?i)^(authorization|x-api-key|api-key|apikey|x-auth-token|x-access-token)$`)
	// PrincipalName matches the names of principal lookups and their types
	// (CurrentUser, UserFromContext, *Claims, *Account).
	PrincipalName = regexp.MustCompile(`(?i)(user|principal|account|claims|identity|subject|member|viewer|session)`)
	// PrincipalIDName matches the names of lookups and context keys whose
	// string is the principal's identity (UserIDFromContext, "user_id").
	PrincipalIDName = regexp.MustCompile(`(?i)(user|account|member|principal|subject|owner)[_-]?(id|name|login|email)|^(uid|sub|user|username|login)$`)
	// IdentityField matches a principal's identity (user.ID).
	IdentityField = regexp.MustCompile(`^(ID|Id|UID|Uid|UserID|UserId|Username|UserName|Email|Login|Subject|Sub)$`)
	// OwnerField matches a resource's owner (post.AuthorID, doc.Owner).
	OwnerField = regexp.MustCompile(`^(Owner|Author|Creator|CreatedBy|Uploader|User|Account|Member)(ID|Id|UID|Uid|Name|Email|Login)?$|^(OwnerID|UserID|UserId|AuthorID|AuthorId)$`)
	// MembersField matches a resource's list of principals allowed in
	// (board.Members, team.Admins).
	MembersField = regexp.MustCompile(`^(Members|MemberIDs|MemberIds|Owners|OwnerIDs|Users|UserIDs|UserIds|Editors|Admins|Collaborators|Participants|Viewers|Moderators|Allowed\w*)$`)
)
