package model

import (
	"fmt"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
)

// The facts the model analyzer exports and other packages' models import:
// HelperFact and HandlerFact (inferred by inference, infer.go),
// StatusFieldFact and AdapterFact (by statusValues, values.go).

// HelperKind says what a response helper does.
type HelperKind uint8

const (
	// StatusWrapper writes the status one of its arguments gives:
	// respond(w, http.StatusCreated, v), fail(c, 400, msg).
	StatusWrapper HelperKind = iota + 1
	// FixedStatus always writes the same status: notFound(w), s.forbidden(c).
	FixedStatus
	// ChoosesStatus always writes a status it picks itself (writeError(w, err)).
	ChoosesStatus
	// BodyWriter writes a body with the status in effect: render(w, "page", data).
	BodyWriter
)

// HelperFact is what statuslint knows about a function of the package that
// writes the response it is given, or returns an error the framework turns
// into one (an error constructor: echo.NewHTTPError wrapped in a helper).
// Calls to it are events at the call site, exactly like calls to the
// framework's own API: the fact is a row of the sink table, inferred.
//
// A helper gets a fact only when every path through it does the same kind
// of thing: a helper that writes on some paths only, or hands the response
// on to code statuslint cannot see, stays opaque.
type HelperFact struct {
	Kind     HelperKind
	Resp     int  // parameter holding the response; httpapi.None for an error constructor
	Status   int  // parameter holding the status (StatusWrapper); else httpapi.None
	Fixed    int  // the status of a FixedStatus helper
	Body     int  // parameter holding the body, when one parameter is the whole body; else httpapi.None
	Writes   bool // writes a body on every path
	Commits  bool // sends the header on every path
	Complete bool // finishes the response on every path
	Redirect bool // the status is a redirection's
	Returned bool // an error constructor: answers when the handler returns its result
	// When says on which result the helper answers; Always for most. A
	// conditional helper (if !bindOrAbort(c, &req) { return }) answers only
	// when it returns false, or true, or a non-nil error.
	When When
	// Err is, for a helper that answers when it returns true or false, the
	// error parameter that is not nil whenever it answers
	// (HandleError(c, err, code) bool: if err != nil { c.JSON(code, ...);
	// return true }); else httpapi.None. On that branch the caller's
	// argument is an error known not to be nil (Guard.NonNil).
	Err int
	// Headers lists the header keys (lower case) the helper may set before
	// it answers ("*" for one it cannot name): a helper that sets
	// WWW-Authenticate, Allow or Location sets it for its caller.
	Headers []string
}

// When is the result on which a conditional helper has answered.
type When uint8

const (
	Always    When = iota
	WhenTrue       // returns true after answering
	WhenFalse      // returns false after answering
	WhenError      // returns a non-nil error after answering
)

func (*HelperFact) AFact() {}

func (f *HelperFact) String() string {
	var what string
	switch f.Kind {
	case StatusWrapper:
		what = fmt.Sprintf("statusWrapper(arg%d", f.Status)
	case FixedStatus:
		what = fmt.Sprintf("fixedStatus(%d", f.Fixed)
	case ChoosesStatus:
		what = "choosesStatus("
	case BodyWriter:
		what = "bodyWriter("
	}
	if f.Returned {
		what = "errorConstructor:" + what
	}
	var opts []string
	if f.Writes {
		opts = append(opts, "body")
	}
	if f.Complete && !f.Returned {
		opts = append(opts, "ends")
	}
	if f.Redirect {
		opts = append(opts, "redirect")
	}
	sep := ""
	if !strings.HasSuffix(what, "(") && len(opts) > 0 {
		sep = " "
	}
	out := what + sep + strings.Join(opts, " ") + ")"
	switch f.When {
	case WhenTrue:
		out += " when true"
	case WhenFalse:
		out += " when false"
	case WhenError:
		out += " when error"
	}
	if f.When != Always && f.Err >= 0 {
		out += fmt.Sprintf(" err(arg%d)", f.Err)
	}
	if len(f.Headers) > 0 {
		out += " headers[" + strings.Join(f.Headers, " ") + "]"
	}
	return out
}

// Sink returns the fact as a row of the sink table.
func (f *HelperFact) Sink() httpapi.Sink {
	s := httpapi.Sink{
		Resp: f.Resp, Status: f.Status, Body: f.Body, Writes: f.Writes, Commits: f.Commits,
		Complete: f.Complete, Redirect: f.Redirect, Returned: f.Returned,
	}
	switch f.Kind {
	case FixedStatus:
		s.Fixed = f.Fixed
	case ChoosesStatus:
		s.Chooses = true
	}
	return s
}

// captured as a helper's Resp: a closure that writes the response of the
// handler it is declared in (fail := func(code int) { w.WriteHeader(code) }).
const captured = -3

// FindResp as a declared wrapper's Resp: the response is whichever argument
// (or the receiver) is the handler's writer or context at the call site.
const FindResp = -4

// HandlerFact summarises a handler, or a factory returning handlers, for
// routes registered in another package: the statuses it chooses, with the
// methods its own guards leave at each, so the registering package can
// check them against the route's methods.
type HandlerFact struct {
	Name     string // how the registering package's messages name it
	Statuses []StatusFact
	// Answers is what the handler can answer (Model.Answers: its constant
	// statuses, gin's automatic 400, an implicit 200); Complete says that
	// is all of it. Documented lists the specific statuses its swag or
	// go-swagger comments declare: the registering package, which knows
	// the route's middleware, checks them (unanswered-status).
	Answers    []int
	Complete   bool
	Documented []DocumentedStatus
}

// DocumentedStatus is a specific status a handler's comment declares, and
// the comment line.
type DocumentedStatus struct {
	Status    int
	File      string
	Line, Col int
}

// StatusFact is one constant status a handler chooses.
type StatusFact struct {
	Status        int
	Methods       httpapi.Methods // the methods the request may have there, before any route narrows them
	WritesBody    bool
	BodyMayFollow bool
	// EmptyBody: no body is written or may follow, and the empty body is
	// not a deliberate representation (c.String(200, ""), an htmx package).
	EmptyBody bool
	Location  bool // a Location header may be set for it
	// Error is the error the status's branch answers, for an error status
	// (400 and above) whose branch tests one; zero when none is known.
	Error     ErrorOrigin
	File      string // where the status is chosen
	Line, Col int
}

// ErrorOrigin is the error a summarised status answers, as the classify
// package reads it off the branch's guards in the handler's package (the
// model cannot import classify, which reads the model: Options.ErrorOf
// is the hook). The registering package checks the rules whose verdict
// depends on both the error and the route's method (not-found-status,
// validation-status) with it.
type ErrorOrigin struct {
	Class    uint8  // a classify.Class; 0 when the branch tests no error it knows
	What     string // what it was classified from: "sql.ErrNoRows", "validator.Validate.Struct"
	FromBody bool   // a validated value filled by a body-only decoder
}

func (*HandlerFact) AFact() {}

func (f *HandlerFact) String() string {
	var codes []string
	for _, s := range f.Statuses {
		c := fmt.Sprint(s.Status)
		if s.Methods != httpapi.AllMethods {
			c += "[" + s.Methods.String() + "]"
		}
		if s.Error.What != "" {
			c += "{" + s.Error.What + "}"
		}
		codes = append(codes, c)
	}
	for _, d := range f.Documented {
		codes = append(codes, fmt.Sprintf("doc:%d", d.Status))
	}
	return "handler(" + strings.Join(codes, " ") + ")"
}

// StatusFieldFact marks a struct field whose value reaches a status sink.
type StatusFieldFact struct{}

func (*StatusFieldFact) AFact() {}

func (*StatusFieldFact) String() string { return "statusField" }

// AdapterFact marks a function whose code writes the status a
// func(w, r) (int, error) handler returns: always, or on an error only.
// With a Shape, the handlers it adapts have more parameters after w and r,
// and only functions of that signature are its handlers (handle(fn
// handleFunc, ...) calling fn(w, r, &data{...})).
type AdapterFact struct {
	OnSuccess bool   // writes the status when the error is nil
	OnError   bool   // writes it when the error is not nil
	Shape     string // the adapted signature (shapeKey) when it has extra parameters; else ""
}

func (*AdapterFact) AFact() {}

func (f *AdapterFact) String() string {
	mode := "on success"
	switch {
	case f.OnSuccess && f.OnError:
		mode = "always"
	case f.OnError:
		mode = "on error"
	}
	if f.Shape != "" {
		return "statusAdapter(" + mode + ", " + f.Shape + ")"
	}
	return "statusAdapter(" + mode + ")"
}

// RouteFact marks a method of an interface that handlers with routes call
// with their response, as oapi-codegen's generated wrapper calls the
// ServerInterface (siw.Handler.DeletePet(w, r, id) in the handler of
// "DELETE /pets/{id}"): its implementation, in whatever package, serves
// those routes.
type RouteFact struct {
	Routes []RouteSummary
}

// RouteSummary is a route without its position.
type RouteSummary struct {
	Methods httpapi.Methods
	Pattern string
}

func (*RouteFact) AFact() {}

func (f *RouteFact) String() string {
	var rs []string
	for _, r := range f.Routes {
		rs = append(rs, r.Methods.String()+" "+r.Pattern)
	}
	return "routes(" + strings.Join(rs, "; ") + ")"
}

// ErrorClassFact is what a function or a package-level variable says
// about the class of an error (errclass.go infers it; classify reads it at
// call sites like its own tables). Classes are classify.Class values (the
// model cannot import classify, which reads the model).
//
// On a variable: the sentinel is of Causes[0]'s class, because a function
// of its package returns it for a classified error (`if errors.Is(err,
// sql.ErrNoRows) { return nil, ErrNotFound }`); the cause's What says from
// what and where ("sql.ErrNoRows in store.GetUser").
//
// On a func(error) bool with Predicate set: it is true only for errors of
// Causes[0]'s class (IsNotFound, IsDuplicate).
//
// On any other function: the classes its returned error may carry (a
// classified sentinel returned, wrapped with %w or errors.Join, a library
// call's error, another function's); Other says it may also return an
// error of no known class. Only a function with one class and no Other
// classifies a bare `err != nil` after a call to it.
//
// On a constant with Kind set: a value of a project error type's kind
// field (`type Kind int`, the type of `Error.Kind`); Causes, if
// any, names its class (NotFound, KindConflict: errclass.go's kinds), and a
// typed error built with it (`&Error{Kind: NotFound}`) carries that class.
// A kind with no Causes (Internal) is a kind test of no class.
//
// On a function with KindArg set: a constructor whose every error is of
// the kind its argument KindArg-1 gives (`New(kind Kind, msg string)
// error`): a call's class is that argument's.
type ErrorClassFact struct {
	Predicate bool
	Causes    []ErrorCause
	Other     bool
	Kind      bool
	KindArg   int
	// File, Line and Col locate the evidence: the translating return of a
	// sentinel, the test of a predicate, the function of a return.
	File      string
	Line, Col int
}

// ErrorCause is one class an error may carry, with what says so.
type ErrorCause struct {
	Class uint8
	What  string // "store.ErrNotFound", "sql.ErrNoRows in store.GetUser", "sql.DB.Exec"
}

func (*ErrorClassFact) AFact() {}

func (f *ErrorClassFact) String() string {
	var cs []string
	for _, c := range f.Causes {
		cs = append(cs, ErrorClassName(c.Class)+" "+c.What)
	}
	if f.Other {
		cs = append(cs, "other")
	}
	what := "errorClass"
	switch {
	case f.Predicate:
		what = "errorPredicate"
	case f.Kind:
		what = "errorKind"
	case f.KindArg > 0:
		cs = append(cs, fmt.Sprintf("kind arg%d", f.KindArg-1))
	}
	return what + "(" + strings.Join(cs, "; ") + ")"
}

// Only returns the one class every non-nil error of a function (not a
// predicate) carries, with what names it; false when it may fail in more
// than one way or in a way no table knows.
func (f *ErrorClassFact) Only() (uint8, string, bool) {
	if f.Predicate || f.Kind || f.Other || len(f.Causes) == 0 {
		return 0, "", false
	}
	var whats []string
	for _, c := range f.Causes {
		if c.Class != f.Causes[0].Class {
			return 0, "", false
		}
		if !slices.Contains(whats, c.What) {
			whats = append(whats, c.What)
		}
	}
	return f.Causes[0].Class, strings.Join(whats, " or "), true
}

// errorClassNames mirror classify.Class's names (classify's tests check it).
var errorClassNames = [...]string{"", "decode", "validate", "not-found", "conflict", "server"}

// ErrorClassName names a classify.Class value for a fact's String.
func ErrorClassName(c uint8) string {
	if int(c) < len(errorClassNames) {
		return errorClassNames[c]
	}
	return fmt.Sprint(c)
}

// AuthKind says what an access function decides (authfacts.go).
type AuthKind uint8

const (
	// CredentialCheck returns false or an error when credentials are
	// missing or invalid: u.CheckPassword(pw), auth.VerifyToken(tok).
	CredentialCheck AuthKind = iota + 1
	// PermissionCheck returns false or an error when a known principal
	// may not: u.IsEditor(), RequireScope(claims, "write").
	PermissionCheck
	// PrincipalLookup returns the request's principal, nil or empty when
	// there is none: auth.CurrentUser(r), UserID(c).
	PrincipalLookup
)

// AuthFact marks a function whose result is an access check or the
// request's principal, inferred from its body (authfacts.go): at its
// call sites it is a guard like the tables' calls (classify's AuthOf).
type AuthFact struct {
	Kind AuthKind
	// What is the evidence in the body: "bcrypt.CompareHashAndPassword",
	// "a role check (u.Role)", "a context value (ctx.Value)".
	What      string
	File      string // where the function is declared
	Line, Col int
}

func (*AuthFact) AFact() {}

func (f *AuthFact) String() string {
	kind := [...]string{"", "credentialCheck", "permissionCheck", "principalLookup"}[f.Kind]
	return kind + "(" + f.What + ")"
}
