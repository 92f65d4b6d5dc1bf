// Package classify reads the situation a response answers from the guards on
// its path: which error the branch tests and where that error came from
// (decoding the request, validating it, a missing or duplicate record, the
// server's own failure), and whether the branch rejects a request method.
// Knowledge is in tables keyed by fully qualified name; the logic reads the
// response model's guards and variable origins.
package classify

import (
	"slices"

	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Class is what an error says about the request.
type Class uint8

const (
	None     Class = iota
	Decode         // the request could not be read: malformed body, bad path or query value
	Validate       // the request was well-formed but failed validation
	NotFound       // the resource is not there
	Conflict       // the change conflicts with existing state (a duplicate)
	Server         // the server's own failure: database, template, encoding, I/O
	// Input: the request was rejected by a call that both reads and
	// validates it (gin's ShouldBind*: malformed input or a failed
	// `binding:` tag), so it is the client's, but neither Decode nor
	// Validate for sure.
	Input
)

func (c Class) String() string {
	return [...]string{"", "decode", "validate", "not-found", "conflict", "server", "input"}[c]
}

// ClientInput reports whether the class is an error in the request as it
// was sent: it could not be read (Decode) or a binder rejected it (Input).
func (c Class) ClientInput() bool { return c == Decode || c == Input }

// Access says what a failed server call was doing, for the rules that
// weigh whether the client may be the cause after all.
type Access uint8

const (
	OtherAccess Access = iota // a query, a transaction, a template, a file write
	Lookup                    // a read that fails when nothing is there: usually a missing row or file
	Write                     // a database write, which can fail on a constraint the client broke
	Remote                    // an outgoing HTTP call, whose address the client may have given
	// Unseen: the failure is known only through another function's
	// error-class fact, which does not say what that function did (a
	// store's Create may fail on a constraint the client broke).
	Unseen
)

// Evidence is a classified error with what it was classified from.
type Evidence struct {
	Class Class
	What  string // "json.Decoder.Decode", "sql.ErrNoRows"
	Node  ast.Node
	// FromBody: for Validate, the value was filled by a body-only decoder
	// (json.NewDecoder(r.Body).Decode, c.ShouldBindJSON, c.BodyParser).
	FromBody bool
	// Access: for Server, what the failed call was doing (serverAccess).
	Access Access
	// File, Line and Col locate the evidence in another function when an
	// error-class fact named it (a store's translation, its predicate, the
	// function whose only error it is); empty otherwise.
	File      string
	Line, Col int

	negated  bool // a sentinel test that does not hold: the error is not of Class
	sentinel bool // named by a sentinel test rather than by the call that made the error
}

// Classifier classifies with the built-in tables plus user additions.
type Classifier struct {
	info  *types.Info
	model *model.Model
	extra map[string]Class // user additions keyed like the tables
	// facts returns error-class facts (errclass.go); nil: none
	facts func(types.Object) *model.ErrorClassFact
}

// New returns a classifier for a package; extra adds table entries
// ("example.com/store.ErrMissing": NotFound, "example.com/api.Check": Validate).
func New(info *types.Info, m *model.Model, extra map[string]Class) *Classifier {
	c := &Classifier{info: info, model: m, extra: extra}
	if m != nil {
		c.facts = m.ErrorClass
	}
	return c
}

// Origins returns the model's hook (model.Options.ErrorOf) that records in
// handler summaries the error each status answers, classified like ErrorOf
// with the tables plus the additions extra returns when the model is built
// (flags are parsed after the analyzer is made).
func Origins(extra func() map[string]Class) func(*analysis.Pass, *model.Model) func(*model.Event) model.ErrorOrigin {
	return func(pass *analysis.Pass, m *model.Model) func(*model.Event) model.ErrorOrigin {
		var add map[string]Class
		if extra != nil {
			add = extra()
		}
		c := New(pass.TypesInfo, m, add)
		return func(e *model.Event) model.ErrorOrigin {
			ev, ok := c.ErrorOf(e)
			if !ok {
				return model.ErrorOrigin{}
			}
			return model.ErrorOrigin{Class: uint8(ev.Class), What: ev.What, FromBody: ev.FromBody}
		}
	}
}

// sentinels are error values compared with errors.Is or ==.
var sentinels = map[string]Class{
	"database/sql.ErrNoRows":                              NotFound,
	"gorm.io/gorm.ErrRecordNotFound":                      NotFound,
	"github.com/jinzhu/gorm.ErrRecordNotFound":            NotFound,
	"github.com/jackc/pgx/v4.ErrNoRows":                   NotFound,
	"github.com/jackc/pgx/v5.ErrNoRows":                   NotFound,
	"go.mongodb.org/mongo-driver/mongo.ErrNoDocuments":    NotFound,
	"go.mongodb.org/mongo-driver/v2/mongo.ErrNoDocuments": NotFound,
	"github.com/redis/go-redis/v9.Nil":                    NotFound,
	"github.com/go-redis/redis/v8.Nil":                    NotFound,
	"github.com/go-redis/redis.Nil":                       NotFound,
	"os.ErrNotExist":                                      NotFound,
	"io/fs.ErrNotExist":                                   NotFound,
	"gorm.io/gorm.ErrDuplicatedKey":                       Conflict,
	"os.ErrExist":                                         Conflict,
	"io/fs.ErrExist":                                      Conflict,
}

// Project sentinels are recognised by name when the module declares them.
var (
	projectConflict = regexp.MustCompile(`^Err\w*(AlreadyExists|Exists|Duplicate|Duplicated|Conflict)\w*$`)
	projectNotFound = regexp.MustCompile(`^Err\w*NotFound$`)
)

// calls classify the error a call returns.
var calls = map[string]Class{
	"encoding/json.Decoder.Decode":             Decode, // checked to read the request body below
	"encoding/xml.Decoder.Decode":              Decode,
	"encoding/json.Unmarshal":                  Decode, // checked to read the request body below
	"encoding/xml.Unmarshal":                   Decode,
	"strconv.Atoi":                             Decode, // these read a request value (checked below)
	"strconv.ParseInt":                         Decode,
	"strconv.ParseUint":                        Decode,
	"strconv.ParseFloat":                       Decode,
	"strconv.ParseBool":                        Decode,
	"github.com/google/uuid.Parse":             Decode,
	"github.com/gofrs/uuid.FromString":         Decode,
	"time.Parse":                               Decode,
	"net/http.Request.ParseForm":               Decode,
	"net/http.Request.ParseMultipartForm":      Decode,
	"net/http.Request.FormFile":                Decode,
	"net/http.Request.MultipartReader":         Decode,
	"github.com/labstack/echo/v4.Context.Bind": Decode,
	"github.com/labstack/echo/v5.Context.Bind": Decode,
	// echo's binders, called with the context: (&echo.DefaultBinder{}).BindBody(c, &req)
	"github.com/labstack/echo/v4.DefaultBinder.Bind":            Decode,
	"github.com/labstack/echo/v4.DefaultBinder.BindBody":        Decode,
	"github.com/labstack/echo/v4.DefaultBinder.BindQueryParams": Decode,
	"github.com/labstack/echo/v4.DefaultBinder.BindPathParams":  Decode,
	"github.com/labstack/echo/v4.DefaultBinder.BindHeaders":     Decode,
	"github.com/labstack/echo/v5.DefaultBinder.Bind":            Decode,
	"github.com/labstack/echo/v5.BindBody":                      Decode,
	"github.com/labstack/echo/v5.BindQueryParams":               Decode,
	"github.com/labstack/echo/v5.BindPathValues":                Decode,
	"github.com/labstack/echo/v5.BindHeaders":                   Decode,
	"github.com/gofiber/fiber/v2.Ctx.BodyParser":                Decode,
	"github.com/gofiber/fiber/v2.Ctx.QueryParser":               Decode,
	"github.com/gofiber/fiber/v2.Ctx.ParamsParser":              Decode,
	"github.com/gofiber/fiber/v2.Ctx.ParamsInt":                 Decode,
	"github.com/gofiber/fiber/v3.Bind.Body":                     Decode,
	"github.com/gofiber/fiber/v3.Bind.Query":                    Decode,
	"github.com/gofiber/fiber/v3.Bind.URI":                      Decode,
	"github.com/go-chi/render.DecodeJSON":                       Decode,
	"github.com/go-chi/render.Bind":                             Decode,

	"github.com/go-playground/validator/v10.Validate.Struct":        Validate,
	"github.com/go-playground/validator/v10.Validate.StructCtx":     Validate,
	"github.com/go-playground/validator/v10.Validate.Var":           Validate,
	"github.com/go-playground/validator/v10.Validate.VarCtx":        Validate,
	"github.com/go-playground/validator/v10.Validate.StructPartial": Validate,
	"github.com/go-playground/validator/v10.Validate.StructExcept":  Validate,
	"github.com/labstack/echo/v4.Context.Validate":                  Validate,
	"github.com/labstack/echo/v5.Context.Validate":                  Validate,
	"github.com/go-ozzo/ozzo-validation/v4.ValidateStruct":          Validate,
	"github.com/go-ozzo/ozzo-validation/v4.Validate":                Validate,
	"github.com/go-ozzo/ozzo-validation.ValidateStruct":             Validate,
	"github.com/asaskevich/govalidator.ValidateStruct":              Validate,

	// gin's ShouldBind* decode and check `binding:` tags in one call.
	"github.com/gin-gonic/gin.Context.ShouldBind":              Input,
	"github.com/gin-gonic/gin.Context.ShouldBindJSON":          Input,
	"github.com/gin-gonic/gin.Context.ShouldBindXML":           Input,
	"github.com/gin-gonic/gin.Context.ShouldBindQuery":         Input,
	"github.com/gin-gonic/gin.Context.ShouldBindYAML":          Input,
	"github.com/gin-gonic/gin.Context.ShouldBindTOML":          Input,
	"github.com/gin-gonic/gin.Context.ShouldBindPlain":         Input,
	"github.com/gin-gonic/gin.Context.ShouldBindHeader":        Input,
	"github.com/gin-gonic/gin.Context.ShouldBindUri":           Input,
	"github.com/gin-gonic/gin.Context.ShouldBindWith":          Input,
	"github.com/gin-gonic/gin.Context.ShouldBindBodyWith":      Input,
	"github.com/gin-gonic/gin.Context.ShouldBindBodyWithJSON":  Input,
	"github.com/gin-gonic/gin.Context.ShouldBindBodyWithXML":   Input,
	"github.com/gin-gonic/gin.Context.ShouldBindBodyWithYAML":  Input,
	"github.com/gin-gonic/gin.Context.ShouldBindBodyWithTOML":  Input,
	"github.com/gin-gonic/gin.Context.ShouldBindBodyWithPlain": Input,

	"database/sql.DB.Query":                  Server,
	"database/sql.DB.QueryContext":           Server,
	"database/sql.DB.Exec":                   Server,
	"database/sql.DB.ExecContext":            Server,
	"database/sql.DB.BeginTx":                Server,
	"database/sql.DB.Begin":                  Server,
	"database/sql.Tx.Exec":                   Server,
	"database/sql.Tx.ExecContext":            Server,
	"database/sql.Tx.Commit":                 Server,
	"database/sql.Row.Scan":                  Server,
	"database/sql.Rows.Scan":                 Server,
	"database/sql.Rows.Err":                  Server,
	"html/template.Template.Execute":         Server,
	"html/template.Template.ExecuteTemplate": Server,
	"text/template.Template.Execute":         Server,
	"os.WriteFile":                           Server,
	"os.Open":                                Server,
	"os.ReadFile":                            Server,
	"os.Stat":                                Server,
	"os.Create":                              Server,
	"os.MkdirAll":                            Server,
	"net/http.Client.Do":                     Server,
	"net/http.Client.Get":                    Server,
	"net/http.Client.Post":                   Server,
	"net/http.Get":                           Server,
	"net/http.Post":                          Server,

	"github.com/jackc/pgx/v5.Conn.Exec":            Server,
	"github.com/jackc/pgx/v5.Conn.Query":           Server,
	"github.com/jackc/pgx/v5.Conn.Begin":           Server,
	"github.com/jackc/pgx/v5.Row.Scan":             Server,
	"github.com/jackc/pgx/v5.Rows.Scan":            Server,
	"github.com/jackc/pgx/v5.Rows.Err":             Server,
	"github.com/jackc/pgx/v5.Tx.Exec":              Server,
	"github.com/jackc/pgx/v5.Tx.Query":             Server,
	"github.com/jackc/pgx/v5.Tx.Commit":            Server,
	"github.com/jackc/pgx/v5/pgxpool.Pool.Exec":    Server,
	"github.com/jackc/pgx/v5/pgxpool.Pool.Query":   Server,
	"github.com/jackc/pgx/v5/pgxpool.Pool.Begin":   Server,
	"github.com/jackc/pgx/v5/pgxpool.Pool.BeginTx": Server,
	"database/sql.DB.PingContext":                  Server,
	"database/sql.Tx.QueryContext":                 Server,
	"database/sql.Tx.Query":                        Server,
	"database/sql.Stmt.Exec":                       Server,
	"database/sql.Stmt.ExecContext":                Server,
	"net/http.Client.PostForm":                     Server,
}

// serverAccess sorts the server calls whose failure the client may have
// caused after all: a read that finds nothing (a missing row or file), a
// write that breaks a constraint, an outgoing call to an address the
// client gave. Gorm's methods are sorted by name (gormAccess).
var serverAccess = map[string]Access{
	"database/sql.Row.Scan":            Lookup,
	"github.com/jackc/pgx/v5.Row.Scan": Lookup,
	"os.Open":                          Lookup,
	"os.ReadFile":                      Lookup,
	"os.Stat":                          Lookup,

	"database/sql.DB.Exec":                      Write,
	"database/sql.DB.ExecContext":               Write,
	"database/sql.Tx.Exec":                      Write,
	"database/sql.Tx.ExecContext":               Write,
	"database/sql.Tx.Commit":                    Write, // deferred constraints are checked here
	"database/sql.Stmt.Exec":                    Write,
	"database/sql.Stmt.ExecContext":             Write,
	"github.com/jackc/pgx/v5.Conn.Exec":         Write,
	"github.com/jackc/pgx/v5.Tx.Exec":           Write,
	"github.com/jackc/pgx/v5.Tx.Commit":         Write,
	"github.com/jackc/pgx/v5/pgxpool.Pool.Exec": Write,

	"net/http.Client.Do":       Remote,
	"net/http.Client.Get":      Remote,
	"net/http.Client.Post":     Remote,
	"net/http.Client.PostForm": Remote,
	"net/http.Get":             Remote,
	"net/http.Post":            Remote,
}

// gormAccess sorts gorm's finishers: First, Take and Last fail with
// ErrRecordNotFound when nothing matches; the writes can break a constraint.
var gormAccess = map[string]Access{
	"First": Lookup, "Take": Lookup, "Last": Lookup, "FirstOrInit": Lookup,
	"Create": Write, "CreateInBatches": Write, "Save": Write, "Update": Write, "Updates": Write,
	"UpdateColumn": Write, "UpdateColumns": Write, "Delete": Write, "Exec": Write, "FirstOrCreate": Write,
}

// gormMethods classify `db.X(...).Error` and chained gorm calls as server failures.
const gormDB = "gorm.io/gorm.DB."

// ErrorOf returns the class of the error the response's branch answers:
// the innermost guard on its path that tests an error. A sentinel test
// (errors.Is(err, sql.ErrNoRows), err == S, a switch case, a pgconn Code
// "23505") names the class; "err != nil" takes the class of the call that
// last assigned err. A sentinel test that does not hold ("not found? no")
// says the error is something else; nothing is reported from it.
func (c *Classifier) ErrorOf(e *model.Event) (Evidence, bool) {
	guards := e.Before.Guards
	var excluded []Class // "not that error" tests passed on the way out
	for i := len(guards) - 1; i >= 0; i-- {
		ev, decided := c.errorCond(e, guards[i], guards[i].Cond, guards[i].Holds)
		if !decided {
			continue
		}
		if ev.negated {
			excluded = append(excluded, ev.Class)
			continue
		}
		if ev.sentinel && !guards[i].Holds {
			// Reached on the false edge of "!errors.Is(err, S)" (an early
			// return for other errors): the rest of the function is not a
			// branch that handles S, so its responses are about other things.
			return Evidence{}, false
		}
		if ev.Class == None || slices.Contains(excluded, ev.Class) {
			return Evidence{}, false
		}
		if !ev.sentinel && c.excludedBefore(e, guards[:i], ev.Class) {
			return Evidence{}, false
		}
		return ev, true
	}
	return Evidence{}, false
}

// errorCond classifies one condition on the branch where it evaluates to
// holds; decided says whether it tests an error at all.
func (c *Classifier) errorCond(e *model.Event, g model.Guard, cond ast.Expr, holds bool) (Evidence, bool) {
	cond = ast.Unparen(cond)
	if g.NonNil {
		// a conditional helper answered about this error: it is not nil
		call, _ := cond.(*ast.CallExpr)
		if v := c.nonNilVar(g); v != nil {
			call = e.Before.Origin(v)
		}
		if call == nil {
			return Evidence{}, true
		}
		ev, _ := c.CallClass(call)
		return ev, true
	}
	if g.Tag == nil {
		switch x := cond.(type) {
		case *ast.UnaryExpr:
			if x.Op == token.NOT {
				return c.errorCond(e, g, x.X, !holds)
			}
		case *ast.BinaryExpr:
			if x.Op == token.LAND || x.Op == token.LOR {
				return c.errorJunction(e, g, x, holds)
			}
		}
	}
	if ev, ok := c.sentinelTest(model.Guard{Cond: cond, Tag: g.Tag, Holds: holds}); ok {
		if !holds {
			ev.negated = true // the branch is where the error is NOT that
		}
		ev.sentinel = true
		return ev, true
	}
	if v, nonNil, ok := c.nilTest(cond); ok {
		if nonNil != holds {
			return Evidence{}, true // the success branch: err == nil
		}
		if v == nil {
			return Evidence{}, true
		}
		if call := e.Before.Origin(v); call != nil {
			ev, _ := c.CallClass(call)
			return ev, true
		}
		return Evidence{}, true
	}
	return Evidence{}, false
}

// errorJunction handles a && b and a || b. Where both operands have the
// branch's value (&& true, || false) the most specific one decides:
// errors.As(err, &pgErr) && pgErr.Code == "23505". Where either may (&&
// false, || true) every error-testing operand must agree:
// errors.Is(err, sql.ErrNoRows) || errors.Is(err, ErrBookNotFound).
func (c *Classifier) errorJunction(e *model.Event, g model.Guard, x *ast.BinaryExpr, holds bool) (Evidence, bool) {
	a, aDecided := c.errorCond(e, g, x.X, holds)
	b, bDecided := c.errorCond(e, g, x.Y, holds)
	if (x.Op == token.LAND) == holds { // both operands have this value
		switch {
		case aDecided && bDecided && a.Class != None && b.Class != None && a.Class != b.Class:
			return Evidence{}, true // contradictory: no claim
		case bDecided && b.Class != None:
			return b, true
		case aDecided && a.Class != None:
			return a, true
		}
		return Evidence{}, aDecided || bDecided
	}
	if aDecided && bDecided && a.Class == b.Class {
		return a, true
	}
	return Evidence{}, aDecided || bDecided
}

// InErrorBranch reports whether the event's innermost error test is
// "err != nil" (or a sentinel test) holding on its path.
func (c *Classifier) InErrorBranch(e *model.Event) (*types.Var, bool) {
	guards := e.Before.Guards
	for i := len(guards) - 1; i >= 0; i-- {
		g := guards[i]
		if g.NonNil {
			return c.nonNilVar(g), true
		}
		if _, ok := c.sentinelTest(g); ok {
			if g.Holds {
				return nil, false // a sentinel branch: the rules for that class decide
			}
			continue // "not that error": still inside the enclosing err != nil
		}
		if v, nonNil, ok := c.nilTest(g.Cond); ok {
			return v, nonNil == g.Holds
		}
	}
	return nil, false
}

// nonNilVar returns the error variable a NonNil guard is about, or nil (a call).
func (c *Classifier) nonNilVar(g model.Guard) *types.Var {
	if id, ok := ast.Unparen(g.Cond).(*ast.Ident); ok {
		if v, ok := c.info.Uses[id].(*types.Var); ok {
			return v
		}
	}
	return nil
}

// nilOperand splits "x != nil" / "x == nil" into x and whether it tests
// for non-nil.
func (c *Classifier) nilOperand(cond ast.Expr) (ast.Expr, bool, bool) {
	bin, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || (bin.Op != token.NEQ && bin.Op != token.EQL) {
		return nil, false, false
	}
	x := bin.X
	if c.isNil(x) {
		x = bin.Y
	} else if !c.isNil(bin.Y) {
		return nil, false, false
	}
	return ast.Unparen(x), bin.Op == token.NEQ, true
}

// varNilTest reads "v != nil" / "v == nil" for any variable v.
func (c *Classifier) varNilTest(cond ast.Expr) (*types.Var, bool, bool) {
	x, nonNil, ok := c.nilOperand(cond)
	if !ok {
		return nil, false, false
	}
	id, _ := x.(*ast.Ident)
	v, ok := c.info.Uses[id].(*types.Var)
	return v, nonNil, ok && id != nil
}

// nilTest reads "v != nil" / "v == nil" for an error variable v.
func (c *Classifier) nilTest(cond ast.Expr) (*types.Var, bool, bool) {
	x, nonNil, ok := c.nilOperand(cond)
	if !ok {
		return nil, false, false
	}
	if sel, ok := x.(*ast.SelectorExpr); ok && isError(c.info.TypeOf(sel)) {
		return nil, nonNil, true // gorm's result.Error != nil: an error test of unknown origin
	}
	v, _, ok := c.varNilTest(cond)
	if !ok || !isError(v.Type()) {
		return nil, false, false
	}
	return v, nonNil, true
}

// sentinelTest reads errors.Is(err, S), err == S, `switch err { case S: }`,
// switch { case errors.Is(...) } and driver error codes.
func (c *Classifier) sentinelTest(g model.Guard) (Evidence, bool) {
	cond := ast.Unparen(g.Cond)
	if g.Tag != nil {
		if isError(c.info.TypeOf(g.Tag)) {
			return c.sentinel(cond)
		}
		return c.kindEvidence(cond, g.Tag) // switch e.Kind { case apperr.NotFound: }
	}
	switch x := cond.(type) {
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(c.info, x).(*types.Func)
		if ev, ok := c.predicateTest(x, fn); ok {
			return ev, true // store.IsNotFound(err)
		}
		if fn == nil || fn.Pkg() == nil || len(x.Args) != 2 {
			return Evidence{}, false
		}
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "errors.Is", "github.com/pkg/errors.Is":
			return c.sentinel(x.Args[1])
		case "errors.As", "github.com/pkg/errors.As":
			return c.asTarget(x.Args[1])
		}
	case *ast.BinaryExpr:
		if x.Op != token.EQL && x.Op != token.NEQ {
			return Evidence{}, false
		}
		if ev, ok := c.driverCode(x); ok {
			if x.Op == token.NEQ {
				return ev, false // rare; no claim
			}
			return ev, true
		}
		if ev, ok := c.kindTest(x); ok {
			if x.Op == token.NEQ {
				return ev, false // e.Kind != NotFound: no claim
			}
			return ev, true // errors.As(err, &e) && e.Kind == apperr.NotFound
		}
		if !isError(c.info.TypeOf(x.X)) || c.isNil(x.X) || c.isNil(x.Y) {
			return Evidence{}, false
		}
		ev, ok := c.sentinel(x.Y)
		if !ok {
			ev, ok = c.sentinel(x.X)
		}
		if ok && x.Op == token.NEQ {
			return Evidence{}, false // err != S: says little about where it came from
		}
		return ev, ok
	}
	return Evidence{}, false
}

// sentinel classifies an error value by its declaration.
func (c *Classifier) sentinel(e ast.Expr) (Evidence, bool) {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return Evidence{}, false
	}
	v := c.info.Uses[id]
	switch v.(type) {
	case *types.Var, *types.Const: // go-redis v9 declares Nil as a constant
	default:
		return Evidence{}, false
	}
	if v.Pkg() == nil {
		return Evidence{}, false
	}
	key := v.Pkg().Path() + "." + v.Name()
	what := v.Pkg().Name() + "." + v.Name()
	if cl, ok := c.extra[key]; ok {
		return Evidence{Class: cl, What: what, Node: e}, true
	}
	if cl, ok := sentinels[key]; ok {
		return Evidence{Class: cl, What: what, Node: e}, true
	}
	if ev, ok := c.sentinelFact(v, what, e); ok {
		return ev, true // a translated sentinel: store.ErrNotFound, from sql.ErrNoRows
	}
	if !strings.Contains(v.Pkg().Path(), ".") || v.Parent() != v.Pkg().Scope() {
		return Evidence{Class: None, Node: e}, true // a standard-library or local value we do not know
	}
	switch {
	case projectConflict.MatchString(v.Name()):
		return Evidence{Class: Conflict, What: what, Node: e}, true
	case projectNotFound.MatchString(v.Name()):
		return Evidence{Class: NotFound, What: what, Node: e}, true
	}
	return Evidence{Class: None, Node: e}, true
}

// asTarget classifies errors.As(err, &target) by the target's type.
func (c *Classifier) asTarget(e ast.Expr) (Evidence, bool) {
	t := c.info.TypeOf(e)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil &&
		n.Obj().Pkg().Path() == "github.com/go-playground/validator/v10" && n.Obj().Name() == "ValidationErrors" {
		return Evidence{Class: Validate, What: "validator.ValidationErrors", Node: e}, true
	}
	return Evidence{}, false
}

// driverCode reads pgErr.Code == "23505" (PostgreSQL unique_violation) and
// mysqlErr.Number == 1062 (ER_DUP_ENTRY).
func (c *Classifier) driverCode(x *ast.BinaryExpr) (Evidence, bool) {
	for _, pair := range [][2]ast.Expr{{x.X, x.Y}, {x.Y, x.X}} {
		sel, ok := ast.Unparen(pair[0]).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		tv, ok := c.info.Types[pair[1]]
		if !ok || tv.Value == nil {
			continue
		}
		recv := c.info.TypeOf(sel.X)
		switch {
		case sel.Sel.Name == "Code" && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == "23505" && namedIn(recv, "github.com/jackc/pgx/v5/pgconn", "github.com/jackc/pgconn", "github.com/lib/pq"):
			return Evidence{Class: Conflict, What: `PostgreSQL error 23505 (unique_violation)`, Node: x}, true
		case sel.Sel.Name == "Number" && tv.Value.Kind() == constant.Int && tv.Value.ExactString() == "1062" && namedIn(recv, "github.com/go-sql-driver/mysql"):
			return Evidence{Class: Conflict, What: `MySQL error 1062 (duplicate entry)`, Node: x}, true
		}
	}
	return Evidence{}, false
}

func namedIn(t types.Type, paths ...string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	for _, p := range paths {
		if n.Obj().Pkg().Path() == p {
			return true
		}
	}
	return false
}

// CallClass classifies the error a call returns.
func (c *Classifier) CallClass(call *ast.CallExpr) (Evidence, bool) {
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	key := httpapi.Key(fn)
	if key == "" {
		return Evidence{}, false
	}
	what := callName(fn)
	cl, ok := c.extra[key]
	if !ok {
		cl, ok = calls[key]
	}
	if !ok && strings.HasPrefix(key, gormDB) {
		cl, ok = Server, true
	}
	if !ok && fn.Name() == "Validate" && len(call.Args) == 0 && fn.Signature().Recv() != nil {
		cl, ok = Validate, true // a Validate() error method on the request value
	}
	if !ok {
		return c.callFact(fn, call) // a function whose only error has a class
	}
	if cl.ClientInput() && !c.readsRequest(call) {
		return Evidence{}, false // parsing something other than the request
	}
	var access Access
	if cl == Server {
		access = serverAccess[key]
		if strings.HasPrefix(key, gormDB) {
			access = gormAccess[fn.Name()]
		}
	}
	fromBody := false
	if cl == Validate {
		var ok bool
		if ok, fromBody = c.validatesRequest(call, fn); !ok {
			return Evidence{}, false // validating a value the server built itself
		}
	}
	return Evidence{Class: cl, What: what, Node: call, FromBody: fromBody, Access: access}, true
}

// validatedArg is the argument a validation call checks, when not the first.
var validatedArg = map[string]int{
	"github.com/go-playground/validator/v10.Validate.StructCtx": 1,
	"github.com/go-playground/validator/v10.Validate.VarCtx":    1,
}

// validatesRequest reports whether a validation call checks a value decoded
// from the request: a variable whose address (or which, as a pointer) was
// given to a call reading the request (c.Bind(&req), json.NewDecoder(r.Body).Decode(&req),
// c.BodyParser(req), gin's c.ShouldBindJSON(&req)). The receiver of a
// Validate() method counts as the value checked.
func (c *Classifier) validatesRequest(call *ast.CallExpr, fn *types.Func) (ok, fromBody bool) {
	var x ast.Expr
	if fn.Name() == "Validate" && fn.Signature().Recv() != nil && len(call.Args) == 0 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			x = sel.X
		}
	} else if i := validatedArg[httpapi.Key(fn)]; i < len(call.Args) {
		x = call.Args[i]
	}
	if x == nil {
		return false, false
	}
	x = ast.Unparen(x)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	base := x
	for { // req.Items[0].SKU is checked when req was decoded
		if sel, ok := base.(*ast.SelectorExpr); ok {
			base = ast.Unparen(sel.X)
		} else if ix, ok := base.(*ast.IndexExpr); ok {
			base = ast.Unparen(ix.X)
		} else {
			break
		}
	}
	id, ok := base.(*ast.Ident)
	if !ok {
		return c.fromRequest(x, 0), false
	}
	v, ok := c.info.Uses[id].(*types.Var)
	if !ok {
		return false, false
	}
	for _, filler := range c.model.PassedTo(v) {
		if filler == call {
			continue
		}
		if c.readsRequest(filler) {
			f, _ := typeutil.Callee(c.info, filler).(*types.Func)
			return true, bodyReaders[httpapi.Key(f)]
		}
	}
	return c.fromRequest(x, 0), false
}

// bodyReaders fill a value from the request body only (echo's c.Bind and
// gin's c.ShouldBind also read the path and query).
var bodyReaders = map[string]bool{
	"encoding/json.Decoder.Decode":                       true,
	"encoding/xml.Decoder.Decode":                        true,
	"encoding/json.Unmarshal":                            true,
	"github.com/gofiber/fiber/v2.Ctx.BodyParser":         true,
	"github.com/gofiber/fiber/v3.Bind.Body":              true,
	"github.com/go-chi/render.DecodeJSON":                true,
	"github.com/go-chi/render.Bind":                      true,
	"github.com/gin-gonic/gin.Context.ShouldBindJSON":    true,
	"github.com/gin-gonic/gin.Context.BindJSON":          true,
	"github.com/gin-gonic/gin.Context.ShouldBindXML":     true,
	"github.com/labstack/echo/v4.DefaultBinder.BindBody": true,
	"github.com/labstack/echo/v5.BindBody":               true,
}

// readsRequest reports whether a decode call's input is the request: the
// receiver of a method (json.NewDecoder(r.Body).Decode, c.Bind, r.ParseForm)
// or the first argument of a function (strconv.Atoi(r.PathValue("id")),
// json.Unmarshal(body) with body read from r.Body).
func (c *Classifier) readsRequest(call *ast.CallExpr) bool {
	if fn, _ := typeutil.Callee(c.info, call).(*types.Func); fn != nil {
		if i, ok := binderArgs[httpapi.Key(fn)]; ok {
			return i < len(call.Args) && c.fromRequest(call.Args[i], 0)
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if _, isPkg := c.info.Uses[identOf(sel.X)].(*types.PkgName); !isPkg {
			return c.fromRequest(sel.X, 0)
		}
	}
	arg := 0
	if fn, _ := typeutil.Callee(c.info, call).(*types.Func); fn != nil {
		arg = inputArg[httpapi.Key(fn)]
	}
	return arg < len(call.Args) && c.fromRequest(call.Args[arg], 0)
}

// binderArgs are methods whose input is an argument, not the receiver:
// echo's DefaultBinder is given the context.
var binderArgs = map[string]int{
	"github.com/labstack/echo/v4.DefaultBinder.Bind":            0,
	"github.com/labstack/echo/v4.DefaultBinder.BindBody":        0,
	"github.com/labstack/echo/v4.DefaultBinder.BindQueryParams": 0,
	"github.com/labstack/echo/v4.DefaultBinder.BindPathParams":  0,
	"github.com/labstack/echo/v4.DefaultBinder.BindHeaders":     0,
	"github.com/labstack/echo/v5.DefaultBinder.Bind":            0,
}

// inputArg is the argument a decode function parses, when not the first.
var inputArg = map[string]int{
	"time.Parse":              1,
	"time.ParseInLocation":    1,
	"encoding/json.Unmarshal": 0,
}

// requestReaders are functions whose result is read from the given argument.
var requestReaders = map[string]int{
	"github.com/go-chi/chi/v5.URLParam": 0,
	"github.com/go-chi/chi.URLParam":    0,
	"github.com/gorilla/mux.Vars":       0,
	"io.ReadAll":                        0,
	"io/ioutil.ReadAll":                 0,
	"encoding/json.NewDecoder":          0,
	"encoding/xml.NewDecoder":           0,
	"net/http.MaxBytesReader":           1, // (w, r.Body, n)
}

// fromRequest reports whether e is read from the request: the request or
// context itself, its fields and methods (r.Body, r.URL.Query().Get("n"),
// c.Param("id")), known readers (chi.URLParam(r, "id"), mux.Vars(r)["id"],
// io.ReadAll(r.Body)), string functions and conversions of those, and local
// variables assigned once from them. A request handed to any other function
// (store.Get(r, "session")) is not followed: what comes back is that
// function's data.
func (c *Classifier) fromRequest(e ast.Expr, depth int) bool {
	if depth > 6 {
		return false
	}
	e = ast.Unparen(e)
	if t := c.info.TypeOf(e); t != nil && (isRequest(t) || httpapi.IsContext(t)) {
		return true
	}
	switch x := e.(type) {
	case *ast.Ident:
		if v, ok := c.info.Uses[x].(*types.Var); ok {
			if val := c.model.Value(v); val != nil {
				return c.fromRequest(val, depth+1)
			}
		}
	case *ast.SelectorExpr:
		return c.fromRequest(x.X, depth+1)
	case *ast.IndexExpr:
		return c.fromRequest(x.X, depth+1)
	case *ast.UnaryExpr:
		return c.fromRequest(x.X, depth+1)
	case *ast.CallExpr:
		if tv, ok := c.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.fromRequest(x.Args[0], depth+1) // []byte(s), string(b)
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
			if _, isPkg := c.info.Uses[identOf(sel.X)].(*types.PkgName); !isPkg {
				return c.fromRequest(sel.X, depth+1) // a method of something read from the request
			}
		}
		fn, _ := typeutil.Callee(c.info, x).(*types.Func)
		if fn == nil || fn.Pkg() == nil || len(x.Args) == 0 {
			return false
		}
		if i, ok := requestReaders[httpapi.Key(fn)]; ok && i < len(x.Args) {
			return c.fromRequest(x.Args[i], depth+1)
		}
		if fn.Pkg().Path() == "strings" || fn.Pkg().Path() == "bytes" {
			return c.fromRequest(x.Args[0], depth+1)
		}
	}
	return false
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

func isRequest(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Request"
}

func isError(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

func (c *Classifier) isNil(e ast.Expr) bool {
	tv, ok := c.info.Types[e]
	return ok && tv.IsNil()
}

func callName(fn *types.Func) string {
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return n.Obj().Pkg().Name() + "." + n.Obj().Name() + "." + fn.Name()
		}
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// NamedTestOnPath reports whether a guard on e's path tests an error for a
// named class: a not-found, duplicate or validation sentinel, errors.As of
// a known type, a driver error code, holding or not. A branch behind such a
// test is where the handler sorted its errors; what is left may be any of
// them.
func (c *Classifier) NamedTestOnPath(e *model.Event) bool {
	for _, g := range e.Before.Guards {
		if g.Tag != nil {
			if ev, ok := c.sentinelTest(g); ok && ev.Class != None {
				return true
			}
			continue
		}
		found := false
		ast.Inspect(g.Cond, func(n ast.Node) bool {
			x, ok := n.(ast.Expr)
			if found || !ok {
				return !found
			}
			if ev, ok := c.sentinelTest(model.Guard{Cond: x, Holds: true}); ok && ev.Class != None {
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}
